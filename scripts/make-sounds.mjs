/**
 * Writes the game's sounds to assets/audio/: six short effects (WAV and MP3) and a calm menu loop
 * (MP3). Everything is synthesized here, so the sounds carry no licence but the repository's own and
 * can be changed by editing numbers. Randomness is seeded: running `npm run sounds:make` again
 * gives byte-identical files, so the committed audio only changes when this script does.
 *
 * MP3 and 16-bit WAV because every browser decodes both (Node has no Vorbis or Opus encoder).
 * Mono at 22.05 kHz: classroom and laptop speakers gain nothing from more, and the files stay small.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mp3Encoder } from '@breezystack/lamejs';

const RATE = 22050;
const MP3_KBPS = 64;
const outDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'assets', 'audio');

/**
 * An MP3 decoder adds a few tens of milliseconds of silence before the music, and how much depends
 * on the browser. So the file holds one period of the loop plus its first second again, and the
 * player loops the period that starts half a second in: wherever a decoder puts the start, that
 * stretch is one whole period. Keep in step with MUSIC_LOOP in src/services/howler-audio-player.ts.
 */
const LOOP_SECONDS = 20;
const LOOP_START_SECONDS = 0.5;
const LOOP_TAIL_SECONDS = 1;

/** mulberry32: a tiny seeded generator, so the melody is the same on every run. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hz = (midi) => 440 * 2 ** ((midi - 69) / 12);
const samples = (seconds) => Math.round(seconds * RATE);

/** Rises and falls along a half cosine: no corner in the envelope, so no click. */
const smoothStep = (x) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, x)));

/**
 * Adds one note to `out`. `partials` are [frequency multiple, amplitude, extra decay rate] so upper
 * harmonics can fade faster than the fundamental, as in a struck bell. With `wrap`, the note's
 * tail continues from the start of the buffer, which makes a buffer that loops without a seam.
 */
function addNote(out, note) {
  const {
    start,
    length,
    freq,
    freqEnd = freq,
    glide = length,
    gain,
    attack,
    decay = Number.POSITIVE_INFINITY,
    release = 0.03,
    partials = [[1, 1, 0]],
    wrap = false,
  } = note;
  const first = samples(start);
  const count = samples(length);
  const phases = partials.map(() => 0);
  for (let i = 0; i < count; i++) {
    const t = i / RATE;
    const bend = Math.min(1, t / glide);
    const f = freq * (freqEnd / freq) ** bend;
    const envelope =
      smoothStep(t / attack) *
      Math.exp(-Math.max(0, t - attack) / decay) *
      smoothStep((length - t) / release);
    let value = 0;
    partials.forEach(([multiple, amplitude, fade], k) => {
      phases[k] += (2 * Math.PI * f * multiple) / RATE;
      value += amplitude * Math.exp(-fade * t) * Math.sin(phases[k]);
    });
    const index = wrap ? (first + i) % out.length : first + i;
    if (index < out.length) out[index] += gain * envelope * value;
  }
}

/** A short burst of seeded noise, for the body of clicks and thuds. */
function addNoise(out, { start, length, gain, random }) {
  const first = samples(start);
  const count = samples(length);
  for (let i = 0; i < count && first + i < out.length; i++) {
    const envelope = (1 - i / count) ** 3;
    out[first + i] += gain * envelope * (random() * 2 - 1);
  }
}

function lowPass(input, cutoff) {
  const a = 1 - Math.exp((-2 * Math.PI * cutoff) / RATE);
  const out = new Float32Array(input.length);
  let y = 0;
  for (let i = 0; i < input.length; i++) {
    y += a * (input[i] - y);
    out[i] = y;
  }
  return out;
}

function highPass(input, cutoff) {
  const low = lowPass(input, cutoff);
  return input.map((x, i) => x - low[i]);
}

/** A soft echo whose repeats darken as they fade, to give the notes some room. */
function echo(input, { delay, feedback, mix, cutoff }) {
  const lag = samples(delay);
  const a = 1 - Math.exp((-2 * Math.PI * cutoff) / RATE);
  const line = new Float32Array(input.length);
  const out = new Float32Array(input.length);
  let damped = 0;
  for (let i = 0; i < input.length; i++) {
    const back = i >= lag ? line[i - lag] : 0;
    damped += a * (back - damped);
    line[i] = input[i] + feedback * damped;
    out[i] = input[i] + mix * damped;
  }
  return out;
}

/**
 * Runs a filter over three copies of a loop and keeps the last: by then the filter has forgotten
 * where it started, so the result is itself a seamless loop (echoes of the end fall on the start).
 */
function periodic(loop, filter) {
  const tiled = new Float32Array(loop.length * 3);
  for (let copy = 0; copy < 3; copy++) tiled.set(loop, copy * loop.length);
  return filter(tiled).slice(loop.length * 2);
}

function normalize(signal, peak) {
  const max = signal.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  return signal.map((x) => (x * peak) / max);
}

function toPcm16(signal) {
  return Int16Array.from(signal, (x) => Math.round(Math.max(-1, Math.min(1, x)) * 32767));
}

function wav(pcm) {
  const header = Buffer.alloc(44);
  const dataBytes = pcm.length * 2;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, Buffer.from(pcm.buffer, pcm.byteOffset, dataBytes)]);
}

function mp3(pcm) {
  const encoder = new Mp3Encoder(1, RATE, MP3_KBPS);
  const frames = [];
  const block = 1152;
  for (let i = 0; i < pcm.length; i += block) frames.push(encoder.encodeBuffer(pcm.subarray(i, i + block)));
  frames.push(encoder.flush());
  return Buffer.concat(frames.map((frame) => Buffer.from(frame.buffer, frame.byteOffset, frame.length)));
}

const bell = [
  [1, 1, 0],
  [2, 0.35, 6],
  [3, 0.12, 10],
];

const effects = {
  /** A soft blip that rises a sixth, like lifting a card off the table. */
  'pick-up'() {
    const out = new Float32Array(samples(0.16));
    addNote(out, {
      start: 0,
      length: 0.16,
      freq: hz(72),
      freqEnd: hz(81),
      glide: 0.09,
      gain: 1,
      attack: 0.006,
      decay: 0.06,
      partials: [
        [1, 1, 0],
        [2, 0.15, 20],
      ],
    });
    return normalize(out, 0.5);
  },

  /** A low, muffled tap: a pitch that falls away, plus a little noise for the contact. */
  drop() {
    const out = new Float32Array(samples(0.2));
    addNote(out, {
      start: 0,
      length: 0.2,
      freq: 190,
      freqEnd: 85,
      glide: 0.12,
      gain: 1,
      attack: 0.003,
      decay: 0.05,
    });
    addNoise(out, { start: 0, length: 0.012, gain: 0.25, random: seededRandom(11) });
    return normalize(lowPass(out, 1800), 0.6);
  },

  /** C then F, a rising fourth in the key of the music: settled and friendly. */
  right() {
    const out = new Float32Array(samples(0.5));
    addNote(out, {
      start: 0,
      length: 0.3,
      freq: hz(72),
      gain: 0.8,
      attack: 0.005,
      decay: 0.12,
      partials: bell,
    });
    addNote(out, {
      start: 0.11,
      length: 0.39,
      freq: hz(77),
      gain: 1,
      attack: 0.005,
      decay: 0.16,
      partials: bell,
    });
    return normalize(out, 0.55);
  },

  /** C down to A, low and round: says "not quite" without a buzzer. */
  wrong() {
    const round = [
      [1, 1, 0],
      [2, 0.2, 8],
      [3, 0.06, 8],
    ];
    const out = new Float32Array(samples(0.55));
    addNote(out, {
      start: 0,
      length: 0.25,
      freq: hz(60),
      gain: 1,
      attack: 0.015,
      decay: 0.14,
      partials: round,
    });
    addNote(out, {
      start: 0.2,
      length: 0.35,
      freq: hz(57),
      gain: 1,
      attack: 0.015,
      decay: 0.16,
      partials: round,
    });
    return normalize(lowPass(out, 1400), 0.5);
  },

  /** An F major arpeggio up to the octave, the last note left to ring. */
  'level-complete'() {
    const out = new Float32Array(samples(0.6));
    const notes = [65, 69, 72, 77];
    notes.forEach((midi, i) => {
      const start = i * 0.085;
      const last = i === notes.length - 1;
      addNote(out, {
        start,
        length: 0.6 - start,
        freq: hz(midi),
        gain: last ? 1 : 0.8,
        attack: 0.005,
        decay: last ? 0.22 : 0.12,
        release: 0.08,
        partials: bell,
      });
    });
    return normalize(out, 0.55);
  },

  /** Barely there: a short tick that confirms the press without drawing attention. */
  button() {
    const out = new Float32Array(samples(0.05));
    addNote(out, { start: 0, length: 0.05, freq: 1400, gain: 1, attack: 0.001, decay: 0.012, release: 0.01 });
    addNoise(out, { start: 0, length: 0.004, gain: 0.3, random: seededRandom(7) });
    return normalize(highPass(out, 300), 0.35);
  },
};

/**
 * Twenty seconds in F major, four chords of five seconds (Fmaj7, Dm7, B♭maj7, Csus4): a slow pad
 * that swells and fades into the next chord, and a few bell notes from the F pentatonic scale,
 * placed by the seeded generator, with a soft echo.
 */
function music() {
  const random = seededRandom(2024);
  const loop = new Float32Array(samples(LOOP_SECONDS));
  const chordSeconds = LOOP_SECONDS / 4;
  const beat = chordSeconds / 8;
  const chords = [
    { pad: [53, 60, 64, 69], bass: 41, tones: [77, 81, 84, 76] },
    { pad: [50, 57, 60, 65], bass: 38, tones: [74, 77, 81, 72] },
    { pad: [46, 53, 57, 62], bass: 46, tones: [74, 77, 81, 70] },
    { pad: [48, 55, 60, 65], bass: 48, tones: [72, 79, 84, 77] },
  ];
  const padPartials = [
    [1, 1, 0],
    [2, 0.22, 0],
    [3, 0.07, 0],
  ];
  chords.forEach((chord, index) => {
    const start = index * chordSeconds;
    const pad = {
      start,
      length: chordSeconds + 2,
      attack: 1.6,
      release: 2.4,
      partials: padPartials,
      wrap: true,
    };
    for (const midi of chord.pad) {
      // Two voices a few cents apart beat slowly against each other: the pad breathes.
      addNote(loop, { ...pad, freq: hz(midi) * 1.0015, gain: 0.1 });
      addNote(loop, { ...pad, freq: hz(midi) / 1.0015, gain: 0.1 });
    }
    addNote(loop, { ...pad, freq: hz(chord.bass - 12), gain: 0.16, partials: [[1, 1, 0]] });

    const beats = [0, 1, 2, 3, 4, 5, 6, 7].filter(() => random() < 0.3);
    for (const b of beats) {
      const tone = chord.tones[Math.floor(random() * chord.tones.length)];
      addNote(loop, {
        start: start + b * beat + 0.25 * beat,
        length: 2.2,
        freq: hz(tone),
        gain: 0.11 + random() * 0.05,
        attack: 0.012,
        decay: 0.7,
        release: 0.4,
        partials: bell,
        wrap: true,
      });
    }
  });
  const mixed = periodic(loop, (x) =>
    echo(lowPass(x, 1600), { delay: beat * 1.5, feedback: 0.35, mix: 0.3, cutoff: 1200 }),
  );
  const period = normalize(mixed, 0.7);
  const file = new Float32Array(period.length + samples(LOOP_TAIL_SECONDS));
  file.set(period);
  file.set(period.subarray(0, file.length - period.length), period.length);
  return file;
}

mkdirSync(outDir, { recursive: true });
const written = [];
const save = (name, bytes) => {
  writeFileSync(join(outDir, name), bytes);
  written.push(`${name} ${(bytes.length / 1024).toFixed(1)} KiB`);
};
for (const [name, make] of Object.entries(effects)) {
  const pcm = toPcm16(make());
  save(`${name}.wav`, wav(pcm));
  save(`${name}.mp3`, mp3(pcm));
}
save('music.mp3', mp3(toPcm16(music())));
console.info(`Wrote to ${outDir}:\n  ${written.join('\n  ')}`);
console.info(`Music loop: ${LOOP_SECONDS} s from ${LOOP_START_SECONDS} s in.`);
