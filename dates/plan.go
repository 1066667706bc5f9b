package dates

// planReach is how far back, in bytes, planBefore looks from a date for
// the adjective of a plan that opens its noun phrase: the phrase may hold a
// name ("the slated visit of U.S. Commerce Secretary William Daley in
// September").
const planReach = 64

// planShortest is the length of the shortest adjective of a plan
// ("slated"), and d, g and e the last letters of all ("planned",
// "upcoming", "prospective"): planBefore looks up no other word.
// TestPlanWordsShape checks data/plan_words.txt against them.
const planShortest = 6

// planBefore reports whether the date at offset start of the sentence whose
// cues c holds stands in a noun phrase that names a plan: a determiner or a
// possessive and an adjective of data/plan_words.txt before it, in its
// clause and within planReach bytes, with no tense cue between ("the
// slated visit ... in September", "the planned summit in November"). Such a
// date is the plan's, the nearest either side (Plan).
func (c *tenseCues) planBefore(start int) bool {
	low := c.low
	from := max(start-planReach, 0)
	for k := start; k > from; {
		for k > from && !isWordByte(low[k-1]) {
			if clauseMark(low[k-1]) {
				return false // a comma, a bracket or a quote ends the phrase
			}
			k--
		}
		i := k
		for i > from && isWordByte(low[i-1]) {
			i--
		}
		if i == k || i == from && i > 0 {
			return false // no whole word left in reach
		}
		if last := low[k-1]; k-i >= planShortest && (last == 'd' || last == 'g' || last == 'e') {
			if info, _ := c.lookup(i, k); info&cuePlan != 0 && afterDeterminer(low, i) {
				at, _ := c.lastCue(k, start, cueIsPast|cueIsFuture|cueIsModal)
				return at < 0
			}
		}
		k = i
	}
	return false
}
