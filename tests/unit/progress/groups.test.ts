import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlikwijsDb } from '$lib/progress/db';
import {
	activeGroup,
	addPupils,
	checkGroupName,
	createGroup,
	moveToGroup,
	parsePupilList,
	pickAvatars,
	renameGroup,
	setActiveGroup,
	setArchived,
	setGroupBand,
	updatePupil
} from '$lib/progress/groups';
import {
	checkCharacter,
	checkJoinCode,
	formatJoinCode,
	joinCodeAlphabet,
	newJoinCode
} from '$lib/progress/join-code';
import { createProfile, recordAttempt } from '$lib/progress/progress';
import { ruleOf } from './fixtures';

describe('join codes', () => {
	it('are six unambiguous characters with a check character', () => {
		for (let i = 0; i < 200; i += 1) {
			const code = newJoinCode();
			expect(code).toMatch(/^[2-9A-HJKMNP-Y]{6}$/);
			expect(checkJoinCode(code)).toEqual({ ok: true, code });
		}
		expect(joinCodeAlphabet).not.toMatch(/[01OILZ]/);
		expect(joinCodeAlphabet).toHaveLength(30);
		let calls = 0;
		const taken = 'AAAAA' + checkCharacter('AAAAA');
		// A code that is taken already is never given again.
		expect(newJoinCode([taken], () => (calls++ < 5 ? 8 : 9))).not.toBe(taken);
	});

	it('catch every single wrong character and every swap of two neighbours', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: 4 }),
				fc.nat({ max: 5 }),
				fc.nat({ max: 28 }),
				(seed, at, shift) => {
					const code = newJoinCode([], (n) => (seed * 7 + at * 3 + shift) % n);
					const wrong =
						code.slice(0, at) +
						joinCodeAlphabet[
							(joinCodeAlphabet.indexOf(code[at]!) + 1 + shift) % joinCodeAlphabet.length
						] +
						code.slice(at + 1);
					expect(checkJoinCode(wrong)).toEqual({ ok: false, problem: 'typo' });
					const i = at % 5;
					// Luhn mod N misses one swap only: the first and last character of the alphabet.
					const pair = [code[i], code[i + 1]].sort().join('');
					if (code[i] !== code[i + 1] && pair !== '2Y') {
						const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
						expect(checkJoinCode(swapped).ok).toBe(false);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('forgive case, spaces and dashes, and explain other mistakes', () => {
		const code = newJoinCode();
		expect(checkJoinCode(` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `)).toEqual({
			ok: true,
			code
		});
		expect(formatJoinCode(code)).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
		expect(checkJoinCode('')).toEqual({ ok: false, problem: 'empty' });
		expect(checkJoinCode('ABC')).toEqual({ ok: false, problem: 'length' });
		expect(checkJoinCode('ABCD0F')).toEqual({ ok: false, problem: 'characters' });
		expect(checkJoinCode('ABCDIF')).toEqual({ ok: false, problem: 'characters' });
	});
});

describe('groups and pupils', () => {
	let db: KlikwijsDb;
	beforeEach(async () => {
		db = new KlikwijsDb(`groups-${crypto.randomUUID()}`);
		await db.open();
	});
	afterEach(() => db.delete());

	it('creates, renames and archives a group with a unique join code', async () => {
		const group = await createGroup(db, { name: '  Groep   6b ', band: '5-6' });
		expect(group).toMatchObject({ name: 'Groep 6b', band: '5-6', archived: false });
		expect(checkJoinCode(group.joinCode).ok).toBe(true);
		const other = await createGroup(db, { name: 'Groep 7', band: '7-8' });
		expect(other.joinCode).not.toBe(group.joinCode);
		await renameGroup(db, group.id, 'Groep 6B (juf Anna)');
		await setActiveGroup(db, group.id);
		expect((await activeGroup(db))?.name).toBe('Groep 6B (juf Anna)');
		await setArchived(db, group.id, true);
		expect((await db.groups.get(group.id))?.archived).toBe(true);
		expect(await activeGroup(db)).toBeUndefined();
		await expect(renameGroup(db, group.id, ' ')).rejects.toThrow('empty');
		expect(checkGroupName('x'.repeat(41))).toEqual({ ok: false, problem: 'too-long' });
	});

	it('reads a pasted class list and explains every name it cannot take', () => {
		expect(parsePupilList('Sanne\nDaan\r\n\n  Noor  ', [])).toEqual({
			names: ['Sanne', 'Daan', 'Noor'],
			problems: []
		});
		expect(parsePupilList('Sanne;Daan\tNoor, Bo', []).names).toEqual([
			'Sanne',
			'Daan',
			'Noor',
			'Bo'
		]);
		expect(parsePupilList('', [])).toEqual({ names: [], problems: [] });
		const { names, problems } = parsePupilList(
			'Sanne\nsanne@school.nl\nSanne de Vries\nDaan\nDAAN\nMilan\n06 12345678',
			['Milan']
		);
		expect(names).toEqual(['Sanne', 'Daan']);
		expect(problems).toEqual([
			{ line: 2, name: 'sanne@school.nl', problem: 'email' },
			{ line: 3, name: 'Sanne de Vries', problem: 'full-name' },
			{ line: 5, name: 'DAAN', problem: 'duplicate' },
			{ line: 6, name: 'Milan', problem: 'duplicate' },
			{ line: 7, name: '06 12345678', problem: 'phone' }
		]);
	});

	it('adds pupils all or none, with the group’s band', async () => {
		const group = await createGroup(db, { name: 'Groep 4', band: '3-4' });
		const added = await addPupils(db, group, [
			{ name: 'Sanne', avatar: 'fox' },
			{ name: 'Daan', avatar: 'owl' }
		]);
		expect(added.map((p) => [p.name, p.band, p.groupId])).toEqual([
			['Sanne', '3-4', group.id],
			['Daan', '3-4', group.id]
		]);
		await expect(
			addPupils(db, group, [
				{ name: 'Bo', avatar: 'bee' },
				{ name: 'sanne', avatar: 'fox' }
			])
		).rejects.toThrow('duplicate');
		expect(await db.profiles.count()).toBe(2);
		expect(await updatePupil(db, added[0]!, { name: 'daan' })).toEqual({
			ok: false,
			problem: 'duplicate'
		});
		expect(await updatePupil(db, added[0]!, { name: 'Sanne V.' })).toEqual({ ok: true });
		expect(await updatePupil(db, added[0]!, { avatar: 'whale' })).toEqual({ ok: true });
		expect(await db.profiles.get(added[0]!.id)).toMatchObject({
			name: 'Sanne V.',
			avatar: 'whale'
		});
	});

	it('gives a group’s pupils a new band and derives their progress again', async () => {
		const group = await createGroup(db, { name: 'Groep 6', band: '5-6' });
		const [kim] = await addPupils(db, group, [{ name: 'Kim', avatar: 'fox' }]);
		for (const scenarioId of ['one', 'two']) {
			await recordAttempt(db, {
				profileId: kim!.id,
				rule: ruleOf('ask-first')!,
				band: '5-6',
				scenarioId,
				outcome: 'right',
				firstTry: true
			});
		}
		expect(await db.ruleProgress.get([kim!.id, 'ask-first'])).toMatchObject({
			completed: true,
			total: 2
		});
		await setGroupBand(db, group.id, '7-8', ruleOf);
		expect(await db.profiles.get(kim!.id)).toMatchObject({ band: '7-8' });
		expect(await db.ruleProgress.get([kim!.id, 'ask-first'])).toMatchObject({
			completed: false,
			total: 2,
			right: ['one']
		});
	});

	it('puts a pupil who played here without a group into one, with its band', async () => {
		const group = await createGroup(db, { name: 'Groep 7', band: '7-8' });
		await addPupils(db, group, [{ name: 'Noor', avatar: 'owl' }]);
		const lone = await createProfile(db, { name: 'Kim', avatar: 'fox', band: '5-6' });
		for (const scenarioId of ['one', 'two']) {
			await recordAttempt(db, {
				profileId: lone.id,
				rule: ruleOf('ask-first')!,
				band: '5-6',
				scenarioId,
				outcome: 'right',
				firstTry: true
			});
		}
		expect(await db.ruleProgress.get([lone.id, 'ask-first'])).toMatchObject({ completed: true });
		expect(await moveToGroup(db, lone.id, group, ruleOf)).toEqual({ ok: true });
		expect(await db.profiles.get(lone.id)).toMatchObject({ groupId: group.id, band: '7-8' });
		expect(await db.ruleProgress.get([lone.id, 'ask-first'])).toMatchObject({
			completed: false,
			right: ['one']
		});
		const noor = await createProfile(db, { name: 'noor', avatar: 'frog', band: '7-8' });
		expect(await moveToGroup(db, noor.id, group, ruleOf)).toEqual({
			ok: false,
			problem: 'duplicate'
		});
		expect((await db.profiles.get(noor.id))?.groupId).toBeUndefined();
	});

	it('spreads avatars over a class', () => {
		const picked = pickAvatars(28, []);
		expect(new Set(picked.slice(0, 16)).size).toBe(16);
		expect(pickAvatars(2, ['fox', 'panda'])).not.toContain('fox');
	});
});
