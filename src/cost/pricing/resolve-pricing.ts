import { UsageError } from '../../engine/errors.js';
import { AWS_LIST_PRICES } from './aws-list-prices.js';
import type { PricingTable, RegionPricing } from './region-pricing.js';

/** Which prices to use. */
export interface PricingOptions {
  /** @defaultValue `"us-east-1"` (or the region of a `RegionPricing` passed as `pricing`) */
  readonly region?: string;
  /** Your own prices: one region's, or a table to look `region` up in. @defaultValue `AWS_LIST_PRICES` */
  readonly pricing?: RegionPricing | PricingTable;
}

/**
 * The prices for the requested region, checked. Throws a `UsageError` for an unknown region or a
 * malformed user table, saying which field and what was expected.
 * @example
 * resolvePricing({ region: 'eu-west-3' }).standard.usdPerThousandTransitions; // 0.0297
 */
export function resolvePricing(options: PricingOptions = {}): RegionPricing {
  const given: unknown = options.pricing ?? AWS_LIST_PRICES;
  checkPricing(given, 'pricing');
  if (isRegionPricing(given)) {
    if (options.region !== undefined && options.region !== given.region) {
      throw new UsageError(
        `the pricing given is for region '${given.region}', not '${options.region}'; pass a table with both, or drop the region`,
      );
    }
    return given;
  }
  const table = given as PricingTable;
  const region = options.region ?? 'us-east-1';
  const found = table.regions[region];
  if (found === undefined) {
    const known = Object.keys(table.regions).sort();
    throw new UsageError(
      `no Step Functions prices for region '${region}'; known regions: ${known.join(', ')}. Pass your own prices for it (a RegionPricing, or --pricing <file.json>)`,
    );
  }
  return found;
}

function isRegionPricing(value: unknown): value is RegionPricing {
  return typeof value === 'object' && value !== null && 'standard' in value;
}

/** Checks a pricing table or one region's prices read from user data (a JSON file, say). */
export function checkPricing(value: unknown, where: string): asserts value is RegionPricing | PricingTable {
  if (!isObject(value))
    throw new UsageError(`${where}: expected a pricing object ({ regions: {...} } or one region's prices); got ${kind(value)}`);
  if ('regions' in value) {
    const regions = value['regions'];
    if (!isObject(regions)) throw new UsageError(`${where}.regions: expected an object of region code to prices; got ${kind(regions)}`);
    for (const [code, pricing] of Object.entries(regions)) checkRegion(pricing, `${where}.regions["${code}"]`);
    return;
  }
  checkRegion(value, where);
}

function checkRegion(value: unknown, where: string): void {
  if (!isObject(value)) throw new UsageError(`${where}: expected one region's prices; got ${kind(value)}`);
  if (typeof value['region'] !== 'string')
    throw new UsageError(`${where}.region: expected the region code as a string; got ${kind(value['region'])}`);
  const standard = value['standard'];
  if (!isObject(standard))
    throw new UsageError(
      `${where}.standard: expected { usdPerThousandTransitions, freeTransitionsPerMonth, source, date }; got ${kind(standard)}`,
    );
  amount(standard['usdPerThousandTransitions'], `${where}.standard.usdPerThousandTransitions`);
  amount(standard['freeTransitionsPerMonth'], `${where}.standard.freeTransitionsPerMonth`);
  provenance(standard, `${where}.standard`);
  const express = value['express'];
  if (!isObject(express))
    throw new UsageError(`${where}.express: expected { usdPerMillionRequests, durationTiers, source, date }; got ${kind(express)}`);
  amount(express['usdPerMillionRequests'], `${where}.express.usdPerMillionRequests`);
  provenance(express, `${where}.express`);
  const tiers = express['durationTiers'];
  if (!Array.isArray(tiers) || tiers.length === 0) {
    throw new UsageError(`${where}.express.durationTiers: expected a non-empty list of { upToGbHours, usdPerGbHour }; got ${kind(tiers)}`);
  }
  let previous = 0;
  tiers.forEach((tier: unknown, i) => {
    const at = `${where}.express.durationTiers[${i}]`;
    if (!isObject(tier)) throw new UsageError(`${at}: expected { upToGbHours, usdPerGbHour }; got ${kind(tier)}`);
    amount(tier['usdPerGbHour'], `${at}.usdPerGbHour`);
    const bound = tier['upToGbHours'];
    const last = i === tiers.length - 1;
    if (last && bound !== null)
      throw new UsageError(`${at}.upToGbHours: the last tier has no upper bound; write null (got ${kind(bound)})`);
    if (!last) {
      amount(bound, `${at}.upToGbHours`);
      if ((bound as number) <= previous) {
        throw new UsageError(`${at}.upToGbHours: tiers must be listed in increasing order; ${String(bound)} follows ${previous}`);
      }
      previous = bound as number;
    }
  });
}

function provenance(value: Record<string, unknown>, where: string): void {
  for (const field of ['source', 'date']) {
    if (typeof value[field] !== 'string')
      throw new UsageError(`${where}.${field}: say where and when the prices were read, as a string; got ${kind(value[field])}`);
  }
}

function amount(value: unknown, where: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`${where}: expected a number >= 0; got ${kind(value)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
