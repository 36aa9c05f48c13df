import type { Sticker } from '$lib/content/schema';

/** Animals to pick as an avatar: no photos of children, ever. Profiles store the key. */
export const avatarArt = {
	fox: '🦊',
	panda: '🐼',
	frog: '🐸',
	lion: '🦁',
	tiger: '🐯',
	koala: '🐨',
	rabbit: '🐰',
	octopus: '🐙',
	owl: '🦉',
	turtle: '🐢',
	dolphin: '🐬',
	unicorn: '🦄',
	bee: '🐝',
	ladybird: '🐞',
	dinosaur: '🦖',
	whale: '🐳'
} as const;
export type AvatarId = keyof typeof avatarArt;
export const avatars = Object.keys(avatarArt) as AvatarId[];

export function avatarEmoji(id: string): string {
	return avatarArt[id as AvatarId] ?? '🙂';
}

/** How each rule sticker looks. */
export const stickerArt: Record<Sticker, { emoji: string; colour: string }> = {
	hand: { emoji: '✋', colour: '#ffd6a5' },
	shield: { emoji: '🛡️', colour: '#cfe3ff' },
	compass: { emoji: '🧭', colour: '#d7f2e3' },
	lock: { emoji: '🔒', colour: '#ffe7a3' },
	camera: { emoji: '📷', colour: '#e6dcff' },
	heart: { emoji: '💛', colour: '#ffd9e2' },
	star: { emoji: '⭐', colour: '#fff0b3' },
	chat: { emoji: '💬', colour: '#d4f1f9' },
	globe: { emoji: '🌍', colour: '#d2f5d6' },
	phone: { emoji: '📱', colour: '#e2e8f0' },
	laptop: { emoji: '💻', colour: '#dbe7ff' },
	bell: { emoji: '🔔', colour: '#ffe4c4' },
	book: { emoji: '📚', colour: '#f3e0c9' },
	eye: { emoji: '👀', colour: '#e8f6d0' },
	key: { emoji: '🔑', colour: '#fde2b8' },
	leaf: { emoji: '🌱', colour: '#d9f7d2' }
};
