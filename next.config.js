// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The SQLite/PostgreSQL drivers and argon2 are native or Node-only: load them from node_modules at
  // run time instead of bundling them.
  serverExternalPackages: ["@libsql/client", "libsql", "pg", "@node-rs/argon2"],
  typedRoutes: false,
};

export default nextConfig;
