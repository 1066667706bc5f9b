// Package eval scores temporal expressions found by a tagger against gold
// annotations, as TempEval-3 Task A (SemEval-2013 Task 1) does.
//
// Reading: ReadFile and ReadPaths read annotated documents into a Doc, its
// text (the text content of the <TEXT> element, tags dropped and XML entities
// decoded), its anchor (the date of the document creation time) and its gold
// expressions with byte offsets into that text. Two formats are read:
//
//   - TimeML (TimeBank, AQUAINT, TempEval-3; usually .tml): TIMEX3 elements
//     with type, value and mod; the anchor is the TIMEX3 with
//     functionInDocument="CREATION_TIME".
//   - Inline TIMEX2 (WikiWars *.key.xml, ACE): TIMEX2 elements with val and
//     mod; the anchor is the TIMEX2 inside <DATETIME>. TIMEX2 has no type, so
//     it is inferred from the value (see InferType): type scores on TIMEX2
//     data are only indicative. Nested TIMEX2 are scored by the outermost
//     one only.
//
// Scoring: Score compares system expressions with the gold ones, micro-averaged
// over all documents. Gold and system expressions are paired one to one by
// overlap, the largest overlap first (ties: an identical span, then the
// earliest position). A pair is a relaxed match; a strict match also has the
// identical span. Type and value scores count relaxed matches whose type or
// value (compared case-insensitively) is the gold one:
//
//	P = matches / system expressions, R = matches / gold expressions
//
// and F1 their harmonic mean; any 0/0 is 0. Value accuracy is the share of
// relaxed matches with the right value. Per gold type, the gold count is the
// gold expressions of that type, the matches those whose gold has that type,
// and the system count the system expressions matched to a gold of that type
// plus the unmatched ones the system gave that type. So the per-type counts
// add up to the overall ones and no precision exceeds 100%.
//
// Score is pure: no I/O, no clock. The caller times the tagging and sets
// Report.Elapsed; the report's writers print docs/s and MB/s from it.
package eval
