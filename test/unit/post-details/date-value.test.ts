// The details row's date field: a post's date shows as its own wall-clock time and keeps its offset
// when changed, whatever zone the computer is in.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fromDateField, localOffset, toDateField } from "../../../renderer/post-details/date-value.js";

test("a date with an offset shows its own wall-clock time, and comes back with the same offset", () => {
  assert.deepEqual(toDateField("2019-07-24T21:30:00+09:00"), { value: "2019-07-24T21:30", offset: "+09:00" });
  assert.equal(fromDateField("2019-07-25T08:05", "+09:00"), "2019-07-25T08:05:00+09:00");
  assert.deepEqual(
    toDateField("2019-07-24T14:30:15-05:00"),
    { value: "2019-07-24T14:30:15", offset: "-05:00" },
    "seconds other than :00 are shown",
  );
  assert.equal(fromDateField("2019-07-24T14:30:15", "-05:00"), "2019-07-24T14:30:15-05:00");
  assert.deepEqual(toDateField("2020-01-01T00:00:00.000Z"), { value: "2020-01-01T00:00", offset: "Z" });
  assert.equal(fromDateField("2020-01-01T09:00", "Z"), "2020-01-01T09:00:00Z");
});

test("no date, a bare day or an unreadable value give no field; an incomplete field gives no date", () => {
  assert.equal(toDateField(null), null);
  assert.equal(toDateField("2019-07-24"), null);
  assert.equal(toDateField("yesterday"), null);
  assert.equal(fromDateField("", "+09:00"), null);
  assert.equal(fromDateField("2019-07-24", "+09:00"), null);
  assert.equal(fromDateField("2019-02-30T10:00", "+09:00"), null, "no 30 February");
});

test("the local offset is written like +09:00", () => {
  assert.match(localOffset(), /^[+-]\d\d:\d\d$/);
  const jan = new Date(Date.UTC(2020, 0, 1));
  const minutes = -jan.getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  assert.equal(
    localOffset(jan),
    `${sign}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`,
  );
});
