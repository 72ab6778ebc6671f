/**
 * The public room state every client of a Live room sees, as @colyseus/schema classes: the mirror
 * of `LivePublicState` (src/core/live/live-protocol.ts). Nothing private goes here: no answer, no
 * token, no result; those travel as messages to one client.
 */
import { ArraySchema, type SchemaType, schema, t } from '@colyseus/schema';

export const LivePupilState = schema(
  {
    id: t.string(),
    name: t.string(),
    connected: t.boolean(),
    answered: t.boolean(),
  },
  'LivePupil',
);
export type LivePupilState = SchemaType<typeof LivePupilState>;

export const LiveRoomState = schema(
  {
    code: t.string(),
    phase: t.string(),
    step: t.number(),
    steps: t.number(),
    deadline: t.number(),
    pausedRemainingMs: t.number(),
    paused: t.boolean(),
    pupils: t.array(LivePupilState),
    hostConnected: t.boolean(),
  },
  'LiveRoomState',
);
export type LiveRoomState = SchemaType<typeof LiveRoomState>;

export { ArraySchema };
