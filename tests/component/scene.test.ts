import { render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Scene from '$lib/ui/scene/Scene.svelte';
import DeviceFrame from '$lib/ui/DeviceFrame.svelte';
import { sceneSchema } from '$lib/ui/scene/schema';
import { setLocale } from '$lib/i18n/i18n.svelte';

const popup = sceneSchema.parse({
	place: 'classroom',
	people: [
		{ who: 'girl', look: 3, mood: 'unsure', holds: 'chromebook' },
		{ who: 'female-teacher', look: 2 }
	],
	screen: 'popup'
});

afterEach(async () => {
	await setLocale('nl');
});

describe('a drawn scene', () => {
	it('is one SVG image with a Dutch description', () => {
		const { container } = render(Scene, { scene: popup });
		const image = screen.getByRole('img');
		expect(image.tagName.toLowerCase()).toBe('svg');
		expect(container.querySelectorAll('svg[role="img"]')).toHaveLength(1);
		expect(image).toHaveAccessibleName(
			'Tekening in de klas: een meisje achter een chromebook twijfelt en de juf kijkt blij. Op het scherm: een pop-upvenster.'
		);
		expect(image.getAttribute('viewBox')).toBe('0 0 480 300');
	});

	it('describes itself in English when the interface is English', async () => {
		render(Scene, { scene: popup });
		await setLocale('en');
		flushSync();
		expect(screen.getByRole('img')).toHaveAccessibleName(
			'Drawing in the classroom: a girl at a Chromebook is unsure and the teacher looks happy. On the screen: a pop-up window.'
		);
	});

	it('describes a device on the table, a headscarf-wearing mum and three people', () => {
		const scene = sceneSchema.parse({
			place: 'home',
			people: [
				{ who: 'mother', headscarf: true, mood: 'surprised' },
				{ who: 'boy', mood: 'sad' },
				{ who: 'grandpa', mood: 'thinking' }
			],
			screen: 'warning'
		});
		render(Scene, { scene });
		expect(screen.getByRole('img')).toHaveAccessibleName(
			'Tekening thuis in de keuken: mama is verbaasd, een jongen is verdrietig en opa denkt na. Op tafel staat een iPad. Op het scherm: een waarschuwing.'
		);
	});

	it('draws a thought bubble with a question mark for an unsure pupil', () => {
		const { container } = render(Scene, { scene: popup });
		expect([...container.querySelectorAll('text')].map((t) => t.textContent)).toContain('?');
	});

	it('draws an empty place', () => {
		render(Scene, { scene: sceneSchema.parse({ place: 'gym' }) });
		expect(screen.getByRole('img')).toHaveAccessibleName('Tekening in de gymzaal.');
	});
});

describe('the device frame', () => {
	const children = createRawSnippet(() => ({
		render: () => '<p>Hoi, kom je spelen?</p>'
	}));

	for (const device of ['chromebook', 'ipad', 'phone'] as const) {
		it(`renders its children inside a ${device}`, () => {
			const { container } = render(DeviceFrame, { device, children, label: 'Het scherm' });
			const region = screen.getByRole('region', { name: 'Het scherm' });
			expect(region).toHaveAttribute('data-device', device);
			expect(region.querySelector('.screen')).toHaveTextContent('Hoi, kom je spelen?');
			expect(container.querySelector('.base') !== null).toBe(device === 'chromebook');
			expect(container.querySelector('.home') !== null).toBe(device === 'ipad');
		});
	}

	it('is no landmark without a label', () => {
		render(DeviceFrame, { device: 'ipad', children });
		expect(screen.queryByRole('region')).toBeNull();
		expect(screen.getByText('Hoi, kom je spelen?')).toBeVisible();
	});
});
