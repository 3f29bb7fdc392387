import { defineConfig } from 'vite';
import { appViteConfig } from '../build/vite-app-config.ts';

export default defineConfig(appViteConfig());
