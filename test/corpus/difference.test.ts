import { describe, expect, it } from "vitest";
import { locateDifference } from "../../src/corpus/difference.js";

describe("locateDifference", () => {
  it("is undefined for texts equal after normalization", () => {
    expect(locateDifference("Decides to\nremain seized", "Decides to remain  seized")).toBeUndefined();
  });

  it("shows the differing part of each text with context", () => {
    const parsed = "Taking note of the Secretary-General's special report (5/2002/1005) and its recommendations,";
    const xml = "Taking note of the Secretary-General’s special report (S/2002/1005) and its recommendations,";
    expect(locateDifference(parsed, xml)).toEqual({
      // "Taking note of the Secretary-General" is 36 characters; the texts part at the apostrophe and
      // meet again after "5"/"S": the part between, with 30 characters either side.
      offset: 36,
      left: "… note of the Secretary-General's special report (5/2002/1005) and its recommenda…",
      right: "… note of the Secretary-General’s special report (S/2002/1005) and its recommenda…",
    });
  });

  it("shows an insertion as an empty part on one side", () => {
    const difference = locateDifference(
      "risks associated with for international peace and security the military",
      "risks associated with the military",
    );
    expect(difference?.offset).toBe(22);
    expect(difference?.left).toBe("risks associated with for international peace and security the military");
    expect(difference?.right).toBe("risks associated with the military");
  });

  it("cuts a long differing part in its middle", () => {
    const difference = locateDifference(`x${"a".repeat(500)}`, `x${"b".repeat(500)}`);
    expect(difference?.left).toBe(`x${"a".repeat(80)}…${"a".repeat(80)}`);
    expect(difference?.right).toBe(`x${"b".repeat(80)}…${"b".repeat(80)}`);
  });
});
