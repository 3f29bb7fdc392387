import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { announcementSpriteMapSchema } from '@openops/protocol';
import { repoRoot } from '../support/repo-paths';

// No browser: the committed sprite is decoded by sox (Debian) as any player would decode it.
const appDir = path.join(repoRoot, 'display-app');
const map = announcementSpriteMapSchema.parse(
  JSON.parse(
    readFileSync(path.join(appDir, 'src', 'announcement', 'announcement-sprite.json'), 'utf8'),
  ),
);
const audio = path.join(appDir, 'public', map.src);

/** Decodes a stretch of the sprite and returns sox's measurements of it (`stat` on stderr). */
const measureClip = (startMs: number, lengthMs: number): { seconds: number; rms: number } => {
  const result = spawnSync(
    'sox',
    [audio, '-n', 'trim', String(startMs / 1000), String(lengthMs / 1000), 'stat'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`sox failed: ${result.stderr}`);
  const field = (name: string): number => {
    const match = new RegExp(`${name}:\\s+(-?[\\d.]+)`).exec(result.stderr);
    if (!match?.[1]) throw new Error(`sox stat printed no "${name}":\n${result.stderr}`);
    return Number(match[1]);
  };
  return { seconds: field('Length \\(seconds\\)'), rms: field('RMS\\s+amplitude') };
};

test('the announcement sprite decodes as mono Ogg Vorbis at the mapped length', () => {
  expect(execFileSync('soxi', ['-t', audio], { encoding: 'utf8' }).trim()).toBe('vorbis');
  expect(Number(execFileSync('soxi', ['-c', audio], { encoding: 'utf8' }).trim())).toBe(1);
  expect(Number(execFileSync('soxi', ['-r', audio], { encoding: 'utf8' }).trim())).toBe(
    map.sampleRate,
  );
  const seconds = Number(execFileSync('soxi', ['-D', audio], { encoding: 'utf8' }).trim());
  expect(Math.abs(seconds * 1000 - map.durationMs)).toBeLessThan(20);
});

test('every clip lies inside the sprite, in order, without overlap, and is sound, not silence', () => {
  const clips = Object.entries(map.sprite).sort(([, a], [, b]) => a[0] - b[0]);
  expect(clips.length).toBeGreaterThan(90);
  let previousEnd = 0;
  for (const [id, [start, length]] of clips) {
    expect(start, id).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = start + length;
    const clip = measureClip(start, length);
    expect(Math.abs(clip.seconds * 1000 - length), `${id} length`).toBeLessThan(5);
    expect(clip.rms, `${id} is silent`).toBeGreaterThan(0.02);
  }
  expect(previousEnd).toBeLessThanOrEqual(map.durationMs);
  // The gap after the last clip is silence, as the generator leaves between clips.
  const [, [lastStart, lastLength]] = clips[clips.length - 1] ?? ['', [0, 0]];
  const gap = measureClip(lastStart + lastLength + 20, 150);
  expect(gap.rms).toBeLessThan(0.01);
});

test('the fixed phrases are as long as spoken sentences, single words are short', () => {
  const length = (id: string): number => map.sprite[id]?.[1] ?? 0;
  expect(length('vi:intro')).toBeGreaterThan(1500);
  expect(length('vi:to-counter')).toBeGreaterThan(500);
  expect(length('chime')).toBeGreaterThan(800);
  for (const word of ['vi:một', 'vi:hai', 'vi:lăm', 'vi:mươi', 'vi:nghìn']) {
    expect(length(word), word).toBeGreaterThan(80);
    expect(length(word), word).toBeLessThan(1000);
  }
});
