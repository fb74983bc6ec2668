//! C ABI (stub).
