package entity

import "strings"

// Groups: a plural name after "the" ("the Broncos", "the Hanshin Tigers",
// "the Social Democrats") names a team, a band, a party or a family, no
// person. It is an organisation when the article has it act: a verb of
// [contest], [speech] or [meet] after it ("the Broncos beat the Colts",
// "the Lakers lost"); the article's other mentions of it ("beat the
// Broncos") are then that organisation too. A family ("the Bronfmans"
// where the article names Edgar Bronfman) is none.

// groupName reports whether the name words of tokens [i, end), after
// "the" at token i-1, end like a plural: a last word of four letters or
// more ending in "s" (not "ss", "us" or "is": "Congress", "Olympus",
// "Paris"), not possessive, of no list of titles nor of [nonname] (where
// [people] of data/words.txt puts "Kurds", "Shiites"), and not ending in
// "ians", as the names of peoples do ("the Ionians", "the Persians";
// "the Republicans" and "the Texans" are a party and a team).
func (st *sent) groupName(i, end int) bool {
	if lowOr(st, i-1) != "the" || st.toks[i].flags&fCtxPlace != 0 || st.titleCase {
		return false
	}
	last := st.toks[end-1]
	w := st.text(end - 1)
	n := len(w)
	return n >= 4 && last.flags&(fPoss|fAllCaps) == 0 && w[n-1] == 's' && !strings.ContainsRune("suiS'", rune(w[n-2])) &&
		last.cat&(catTitleStart|catNonname) == 0 && !strings.HasSuffix(w, "ians")
}

// groupActs reports whether a verb of a group acting follows token end: a
// word of [contest], [speech] or [meet], maybe after a word of [modal] or
// "has", "have", "had" ("the Dodgers will host", "the Bulls have won").
func (st *sent) groupActs(end int) bool {
	k := end
	if st.isWord(k) && st.toks[k].flags&fCap == 0 {
		if w := st.low(k); st.toks[k].cat&catModal != 0 && w != "to" || w == "has" || w == "have" || w == "had" {
			k++
		}
	}
	return st.isWord(k) && st.toks[k].flags&fCap == 0 && st.toks[k].cat&(catContest|catSpeech|catMeet) != 0
}

// groupStem returns the singular of a group's surname key, the surname of
// the family it may be: "bronfman" of "bronfmans", "gonzalez" of
// "gonzalezes", "kennedy" of "kennedys".
func groupStem(sur string) string {
	if strings.HasSuffix(sur, "zes") || strings.HasSuffix(sur, "ches") || strings.HasSuffix(sur, "shes") || strings.HasSuffix(sur, "xes") {
		return sur[:len(sur)-2]
	}
	return strings.TrimSuffix(sur, "s")
}

// groupMention records the group named by tokens [i, end) (see groupName),
// words its name words, and returns end. It is certain when it acts here;
// else it counts only if the article has it act elsewhere (see corefer).
func (lx *lexicon) groupMention(st *sent, i, end int, words []string) int {
	joined, key := st.nameText(i, end)
	st.mentions = append(st.mentions, mention{
		kind: mPerson, tok: i, words: words, joined: joined, key: key, full: st.isFullName(i, end),
		country: -1, org: -1, quoted: st.toks[i].flags&fQuoted != 0, certain: st.groupActs(end),
		group: true, cluster: -1, sur: lx.surnameAt(st, end-1),
	})
	return end
}

// groupRun reports whether the capitalised run [i, seqEnd) after "the",
// two words or more of no list, is a group's name whose words a person's
// name would not take whole ("the Golden State Warriors", where "State"
// is no name word): see groupName. A word of a title, a month or a
// weekday ends no such name ("the Senate Democrats" is read as a role).
func (st *sent) groupRun(i, seqEnd int) bool {
	if seqEnd < i+3 || !st.groupName(i, seqEnd) {
		return false
	}
	for k := i; k < seqEnd; k++ {
		t := st.toks[k]
		if t.flags&(fWord|fCap|fPoss) != fWord|fCap || t.cat&(catTitleStart|catMonth|catWeekday|catParticle) != 0 {
			return false
		}
	}
	return true
}
