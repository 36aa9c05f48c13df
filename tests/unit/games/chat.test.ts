import { describe, expect, it } from 'vitest';
import {
	currentTurn,
	isFinished,
	lastPick,
	pickReply,
	redFlags,
	startChat,
	transcript,
	triedNow
} from '$lib/games/chat/chat';
import { chatFields, type ChatTurn } from '$lib/games/chat/schema';
import { scenarioSchema } from '$lib/content/schema';

const text = (nl: string) => ({ nl, en: `${nl} (en)` });

const turns: ChatTurn[] = [
	{ from: 'contact', text: text('Hoi! Jij speelt goed.') },
	{
		from: 'pupil',
		options: [
			{ id: 'thanks', text: text('Dank je!'), correct: true, feedback: text('Vriendelijk.') },
			{
				id: 'number',
				text: text('Hier is mijn nummer'),
				correct: false,
				feedback: text('Niet doen.')
			}
		]
	},
	{ from: 'contact', text: text('Ik ben ook 11.'), redFlag: text('Dat kun je niet weten.') },
	{
		from: 'contact',
		picture: { emoji: '🧢', caption: text('Een jongen met een pet') },
		redFlag: text('Die foto kan van iemand anders zijn.')
	},
	{
		from: 'pupil',
		prompt: text('Wat doe je nu?'),
		options: [
			{
				id: 'send',
				text: text('Ik stuur een foto'),
				correct: false,
				feedback: text('Liever niet.')
			},
			{
				id: 'sister',
				text: text('Een foto van mijn zus'),
				correct: false,
				feedback: text('Ook niet.')
			},
			{
				id: 'tell',
				text: text('Ik laat het de juf zien'),
				correct: true,
				feedback: text('De juf helpt.'),
				tellAdult: true
			}
		]
	},
	{ from: 'contact', text: text('Jammer.') }
];

const fields = { type: 'chat', contact: { name: text('JayGamer'), avatar: '🎮' }, turns };
const issues = (value: unknown) => {
	const result = chatFields.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a chat conversation', () => {
	it('starts at the first pupil turn, showing the messages before it', () => {
		const state = startChat(turns);
		expect(state.at).toBe(1);
		expect(currentTurn(state, turns)?.options.map((o) => o.id)).toEqual(['thanks', 'number']);
		expect(transcript(state, turns)).toEqual([{ kind: 'incoming', turn: 0, message: turns[0] }]);
		expect(isFinished(state, turns)).toBe(false);
		expect(lastPick(state, turns)).toBeUndefined();
	});

	it('keeps a wrong reply tried, with its feedback, and stays at the same turn', () => {
		const { state, result } = pickReply(startChat(turns), turns, 'number');
		expect(result).toBe('wrong');
		expect(state.at).toBe(1);
		expect(triedNow(state)).toEqual(['number']);
		expect(lastPick(state, turns)?.option.feedback.nl).toBe('Niet doen.');
		expect(transcript(state, turns)).toHaveLength(1);
		// The same wrong reply again does nothing.
		expect(pickReply(state, turns, 'number')).toEqual({ state, result: 'ignored' });
	});

	it('sends a right reply and goes on to the next pupil turn', () => {
		const wrong = pickReply(startChat(turns), turns, 'number').state;
		const { state, result } = pickReply(wrong, turns, 'thanks');
		expect(result).toBe('next');
		expect(state.at).toBe(4);
		expect(triedNow(state)).toEqual([]);
		const lines = transcript(state, turns);
		expect(lines.map((l) => l.kind)).toEqual(['incoming', 'sent', 'incoming', 'incoming']);
		expect(lines[1]).toEqual({
			kind: 'sent',
			turn: 1,
			option: expect.objectContaining({ id: 'thanks' })
		});
	});

	it('ends after the last pupil turn and then shows the closing messages', () => {
		let state = pickReply(startChat(turns), turns, 'thanks').state;
		state = pickReply(state, turns, 'send').state;
		state = pickReply(state, turns, 'sister').state;
		const end = pickReply(state, turns, 'tell');
		expect(end.result).toBe('finished');
		expect(isFinished(end.state, turns)).toBe(true);
		expect(currentTurn(end.state, turns)).toBeUndefined();
		const lines = transcript(end.state, turns);
		expect(lines).toHaveLength(6);
		expect(lines.at(-2)).toMatchObject({ kind: 'sent', option: { id: 'tell', tellAdult: true } });
		expect(lines.at(-1)).toMatchObject({ kind: 'incoming', turn: 5 });
		// Nothing can be picked any more.
		expect(pickReply(end.state, turns, 'tell').result).toBe('ignored');
	});

	it('ignores ids that are not replies of the current turn', () => {
		const state = startChat(turns);
		expect(pickReply(state, turns, 'tell').result).toBe('ignored');
		expect(pickReply(state, turns, 'nope').result).toBe('ignored');
	});

	it('numbers the red flags in the order of the conversation', () => {
		expect(redFlags(turns).map((f) => [f.number, f.turn])).toEqual([
			[1, 2],
			[2, 3]
		]);
	});
});

describe('the chat schema', () => {
	it('accepts a valid conversation, also as a whole scenario', () => {
		expect(issues(fields)).toEqual([]);
		const scenario = scenarioSchema.parse({
			...fields,
			id: 'photo-please',
			band: '7-8',
			scene: { place: 'classroom' },
			device: 'ipad',
			title: text('Een foto?'),
			situation: text('Je speelt een spel.'),
			discuss: [text('Wat doe je?')]
		});
		expect(scenario.type).toBe('chat');
	});

	it('accepts a message with only a link', () => {
		const withLink = [
			{
				from: 'contact',
				link: { url: 'www.gratis-munten.nl/win', title: text('Gratis munten!') },
				redFlag: text('Een vreemde link.')
			},
			...turns.slice(1)
		];
		expect(issues({ ...fields, turns: withLink })).toEqual([]);
	});

	it('refuses a conversation without a red flag', () => {
		const noFlags = turns.map((turn) =>
			turn.from === 'contact' ? { ...turn, redFlag: undefined } : turn
		);
		expect(issues({ ...fields, turns: noFlags }).join('\n')).toContain(
			'mark at least one message of the contact with a redFlag'
		);
	});

	it('refuses a conversation without a pupil turn, or one that starts with the pupil', () => {
		const onlyMessages = turns.filter((t) => t.from === 'contact');
		expect(issues({ ...fields, turns: onlyMessages }).join('\n')).toContain(
			'at least one pupil turn'
		);
		expect(issues({ ...fields, turns: turns.slice(1) })).toContain(
			'turns.0.from: the conversation starts with a message from the contact (from: contact)'
		);
	});

	it('refuses a pupil turn without a right reply, with one reply or with four', () => {
		const pupil = turns[1] as Extract<ChatTurn, { from: 'pupil' }>;
		const withOptions = (options: unknown[]) => [
			turns[0],
			{ ...pupil, options },
			...turns.slice(2)
		];
		const allWrong = pupil.options.map((o) => ({ ...o, correct: false }));
		expect(issues({ ...fields, turns: withOptions(allWrong) })).toContain(
			'turns.1.options: at least one option must be right'
		);
		expect(issues({ ...fields, turns: withOptions(pupil.options.slice(0, 1)) })).toContain(
			'turns.1.options: a pupil turn needs 2 or 3 options'
		);
		const four = [...pupil.options, ...pupil.options].map((o, i) => ({ ...o, id: `o-${i}` }));
		expect(issues({ ...fields, turns: withOptions(four) })).toContain(
			'turns.1.options: a pupil turn needs 2 or 3 options'
		);
	});

	it('refuses a reply id used twice in a turn', () => {
		const pupil = turns[1] as Extract<ChatTurn, { from: 'pupil' }>;
		const twice = pupil.options.map((o) => ({ ...o, id: 'same' }));
		expect(
			issues({ ...fields, turns: [turns[0], { ...pupil, options: twice }, ...turns.slice(2)] })
		).toContain('turns.1.options.1.id: option id "same" is used twice in this turn');
	});

	it('refuses an empty message, a turn without "from" and a misspelled field', () => {
		expect(issues({ ...fields, turns: [{ from: 'contact' }, ...turns.slice(1)] })).toContain(
			'turns.0: a message needs a text, a picture or a link'
		);
		expect(
			issues({ ...fields, turns: [{ text: text('Hoi') }, ...turns.slice(1)] }).join('\n')
		).toContain('each turn starts with "from: contact" (a message) or "from: pupil" (options)');
		expect(
			issues({ ...fields, turns: [{ ...turns[0], redflag: text('x') }, ...turns.slice(1)] }).join(
				'\n'
			)
		).toMatch(/Unrecognized key.*redflag/);
	});

	it('refuses an avatar that is not an emoji, and a link that is not an address', () => {
		expect(issues({ ...fields, contact: { name: text('Jay'), avatar: 'J' } })).toContain(
			'contact.avatar: contact.avatar must be an emoji, such as 🎮'
		);
		const badLink = [
			{ from: 'contact', link: { url: 'klik hier', title: text('Klik') }, redFlag: text('x') },
			...turns.slice(1)
		];
		expect(issues({ ...fields, turns: badLink })).toContain(
			'turns.0.link.url: link.url is written like www.free-coins.com/win (no spaces, no http://)'
		);
	});

	it('refuses a message text without English', () => {
		const noEnglish = [
			{ from: 'contact', text: { nl: 'Hoi' }, redFlag: text('x') },
			...turns.slice(1)
		];
		expect(issues({ ...fields, turns: noEnglish })).toContain(
			'turns.0.text.en: missing translation (en)'
		);
	});
});
