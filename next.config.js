/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and .data files relative to its own module; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
