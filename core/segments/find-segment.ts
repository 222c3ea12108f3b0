import type { SegmentParams, Settings } from '../../api';
import { DomainError, validationError } from '../errors';
import { SEGMENTS, type ResolvedParams, type SegmentDefinition } from './segment-definitions';

export const findSegment = (id: string): SegmentDefinition | undefined => SEGMENTS.find((s) => s.id === id);

export const unknownSegment = (id: string): DomainError =>
  new DomainError(
    'NOT_FOUND',
    `There is no segment "${id}". The built-in segments are: ${SEGMENTS.map((s) => s.id).join(', ')}; relance segments lists the custom ones too.`,
  );

// The defaults (the owner's settings where a parameter follows one), overridden by the values
// given; a name the segment does not have, or a value out of its range, is refused rather than
// silently ignored.
export const resolveParams = (segment: SegmentDefinition, given: SegmentParams = {}, settings?: Settings): ResolvedParams => {
  const resolved: ResolvedParams = {};
  for (const [name, spec] of Object.entries(segment.params)) resolved[name] = spec.setting && settings ? settings[spec.setting] : spec.default;
  for (const [name, value] of Object.entries(given)) {
    const spec = segment.params[name];
    if (!spec) {
      const known = Object.keys(segment.params).join(', ');
      const message = `The segment "${segment.id}" has no parameter "${name}" (it has: ${known}).`;
      throw validationError([{ path: `params.${name}`, message, rule: 'segment.unknownParam', params: { name } }]);
    }
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
      const message = `${name} must be a whole number from ${spec.min} to ${spec.max}.`;
      throw validationError([{ path: `params.${name}`, message, rule: 'segment.paramRange', params: { name, min: String(spec.min), max: String(spec.max) } }]);
    }
    resolved[name] = value;
  }
  return resolved;
};
