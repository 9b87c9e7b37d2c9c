// Not in expandable-group.tsx: a value exported from a "use client" module reaches server
// components as a client reference, not as the string.
/** The class that hides an item while its timeline group is folded (see ExpandableGroup). */
export const FOLDED_HIDDEN = "group-data-[expanded=false]/fold:hidden";
