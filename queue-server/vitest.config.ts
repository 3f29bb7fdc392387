import { defineConfig } from 'vitest/config';

// The protocol and client packages live inside this folder but are projects of their own.
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
