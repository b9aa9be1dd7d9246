import assert from "node:assert/strict";
import { test } from "node:test";
import { createUlidGenerator, encodeUlid, formatIsoWithOffset, formatYmd, isUlid, parseIsoMs } from "../../../core/common/post/index.js";

test("ISO 8601 with the writer's offset, to the second", () => {
  const d = new Date("2019-07-24T12:30:00.999Z");
  assert.equal(formatIsoWithOffset(d, 540), "2019-07-24T21:30:00+09:00");
  assert.equal(formatIsoWithOffset(d, 0), "2019-07-24T12:30:00+00:00");
  assert.equal(formatIsoWithOffset(d, -330), "2019-07-24T07:00:00-05:30");
  assert.equal(formatIsoWithOffset(new Date("2019-12-31T20:00:00Z"), 540), "2020-01-01T05:00:00+09:00");
  assert.equal(formatYmd(new Date("2019-12-31T20:00:00Z"), 540), "2020-01-01");
  assert.equal(parseIsoMs("2019-07-24T21:30:00+09:00"), d.getTime() - 999);
  assert.equal(parseIsoMs("yesterday"), null);
});

test("ULID: the spec's time encoding, 26 Crockford characters", () => {
  const id = encodeUlid(1469918176385, new Uint8Array(10));
  assert.equal(id, "01ARYZ6S410000000000000000");
  assert.ok(isUlid(id));
  assert.equal(encodeUlid(0, new Uint8Array(10).fill(255)), "0000000000ZZZZZZZZZZZZZZZZ");
});

test("ULIDs from one generator strictly increase, even within one millisecond or with a clock going back", () => {
  const t = 1_700_000_000_000;
  const times = [t, t, t, t - 5, t + 1];
  let i = 0;
  let counter = 0;
  const gen = createUlidGenerator(
    (n) => new Uint8Array(n).fill(counter++ % 256),
    () => times[Math.min(i++, times.length - 1)] ?? t,
  );
  const ids = Array.from({ length: 6 }, gen);
  for (let k = 1; k < ids.length; k++) assert.ok((ids[k] ?? "") > (ids[k - 1] ?? ""), `${ids[k]} > ${ids[k - 1]}`);
});

test("a generator survives an exhausted random part by moving to the next millisecond", () => {
  const gen = createUlidGenerator(
    (n) => new Uint8Array(n).fill(255),
    () => 1000,
  );
  const a = gen();
  const b = gen();
  assert.ok(b > a);
});
