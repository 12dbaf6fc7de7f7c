# Portico's image: built here in two stages, run as a non-root user with nothing in the
# final image but the server binary and the built site. Build: docker build -t portico .
# Run it with a read-only root filesystem; only the data directory needs to be writable
# (deploy/kubernetes mounts an emptyDir there).

# 1. Build: the same steps as scripts/run (the pinned toolchain with its wasm target,
#    cargo-leptos, wasm-bindgen-cli, wasm-opt from npm, then the release site).
FROM rust:1.96-bookworm AS build
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN bash -c 'source scripts/setup && build_site'

# 2. Run: glibc and CA certificates (WorkOS is https), no shell, user 65532.
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/portico /usr/local/bin/portico
COPY --from=build /src/target/site /srv/portico/site
ENV PORTICO_SITE_DIR=/srv/portico/site \
    PORTICO_DATA_DIR=/var/lib/portico \
    PORTICO_ADDR=0.0.0.0:3000 \
    PORTICO_METRICS_ADDR=0.0.0.0:9090 \
    PORTICO_LOG_FORMAT=json
USER 65532:65532
EXPOSE 3000 9090
ENTRYPOINT ["/usr/local/bin/portico"]
CMD ["serve"]
