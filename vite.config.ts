import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { lessons } from './src/lib/content/plugin';

export default defineConfig({
	plugins: [lessons(), sveltekit()],
	preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					environment: 'jsdom',
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
