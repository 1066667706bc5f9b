package entity

import "strings"

// Where a name starts and ends, and what "in PLACE" describes. The rules
// here keep a name to the words that are the person's ("Chanting Helmut
// Kohl" is Helmut Kohl, "Ursula von der Leyen" one name) and a place to
// where the event happened ("the war in Ukraine" names none).

// particlesThenName reports whether a name word follows token k after any
// lowercase particles: "von der Leyen", "van der Bellen", "de Mistura".
// first is nameLike's.
func (lx *lexicon) particlesThenName(st *sent, k int, first bool) bool {
	for st.isWord(k) && st.toks[k].flags&(fCap|fHyphenName) == 0 && st.toks[k].cat&catParticle != 0 {
		k++
	}
	return lx.nameLike(st, k, first, false)
}

// familyFirstAfterTitle reports whether token k, a capitalised word that
// is a pronoun too ("He"), is a family name that starts a full name
// ([family-first] of data/given_names.txt) where it stands: inside the
// sentence, after a capitalised word (a title) and before a name word:
// "Vice Premier He Lifeng", but not "He said", "He Said" in a headline
// (one word a name there).
func (st *sent) familyFirstAfterTitle(k int) bool {
	t := st.toks[k]
	if t.cat&catFamilyFirst == 0 || t.flags&fInitial != 0 || st.titleCase || !st.isCapWord(k-1) || !st.isCapWord(k+1) {
		return false
	}
	return st.toks[k+1].cat&(catNonname|catMonth|catWeekday) == 0
}

// startWordNoName reports whether the first word of the name at tokens
// [i, end) of words, the word that starts the sentence, is no part of the
// name after it: a word of no list of names before a given name and a
// surname ("Chanting Helmut Kohl", "Certainly Saddam Hussein"), or one
// ending like a participle or an adverb ("Reading Kohl's speech"). A given
// or family name, or a surname of [known], starts the name ("Patrick
// Mahomes", "Xi Jinping"), and so does an initial ("H. Marshall Schwarz").
func (st *sent) startWordNoName(i, end int, words []string) bool {
	if st.toks[i].flags&fInitial == 0 || len(words) < 2 || end-i != len(words) ||
		st.toks[i].cat&(catGiven|catFamilyFirst|catKnown) != 0 || !st.isCapWord(i+1) || isInitialWord(st.text(i)) {
		return false
	}
	if len(words) >= 3 && st.toks[i+1].cat&catGiven != 0 {
		return true
	}
	w := st.low(i)
	return len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly"))
}

// beforeGroup reports whether a lowercase plural of a noun of people
// follows the name that ends at token end: the name is a company's, a
// place's or a team's that the people belong to ("Dean Witter Reynolds
// analysts said", "Goldman Sachs executives"), and a person only if the
// article names them elsewhere.
func (st *sent) beforeGroup(lx *lexicon, end int) bool {
	if !st.isWord(end) || st.toks[end].flags&(fCap|fHyphenName) != 0 || st.toks[end-1].flags&fPoss != 0 {
		return false
	}
	w := st.low(end)
	return len(w) > 3 && w[len(w)-1] == 's' && lx.foldedCat(w[:len(w)-1])&catPersonNoun != 0
}

// describedPlace reports whether the place word at token m, after the
// preposition at token k ("in", "at"), describes a noun rather than tells
// where the event happened:
//
//   - a noun of a state of affairs stands before the preposition ("the
//     war in Ukraine", [scene-noun] of data/words.txt);
//   - the words before "of" hold a noun of a stance ("at the request of
//     Britain", "at the invitation of Qatar"; [stance]): the state acts;
//   - a plural of a noun of people stands before "in", and a reporting
//     verb after the place ("Regulators in the US said"): who spoke, not
//     where.
func (st *sent) describedPlace(k, m int) bool {
	if st.isWord(k-1) && st.toks[k-1].flags&fCap == 0 && st.toks[k-1].cat&catSceneNoun != 0 {
		return true
	}
	if m > k+2 && st.low(m-1) == "of" {
		for j := k + 1; j < m-1; j++ {
			if st.toks[j].cat&catStance != 0 {
				return true
			}
		}
	}
	if st.low(k) != "in" || !st.isWord(k-1) {
		return false
	}
	w := st.low(k - 1)
	if len(w) < 4 || w[len(w)-1] != 's' || load().foldedCat(w[:len(w)-1])&catPersonNoun == 0 && !agentPlural(st.text(k-1)) {
		return false
	}
	e := st.capSeq(m)
	return st.isWord(e) && st.toks[e].flags&fCap == 0 && st.toks[e].cat&catSpeech != 0
}

// personSurname returns the surname key of the person's name at tokens
// [i, end): the family name of a two-word name that starts with one the
// news names that person by alone ([family-first] and [known]: "xi" of
// "Xi Jinping", as a later "Xi" is that person), else the last word's
// (surnameAt: "sihanouk" of "Norodom Sihanouk").
func (lx *lexicon) personSurname(st *sent, i, end int) string {
	if end-i == 2 && st.toks[i].cat&(catFamilyFirst|catKnown) == catFamilyFirst|catKnown && st.isCapWord(i) && st.isCapWord(i+1) {
		return strings.ToLower(st.text(i))
	}
	return lx.surnameAt(st, end-1)
}

// familyOf reports whether short, one word, is the family name that starts
// full, a name of two words whose first is one that the news names the
// person by alone (see personSurname): "Xi" of "Xi Jinping".
func (lx *lexicon) familyOf(full, short []string) bool {
	return len(full) == 2 && len(short) == 1 && strings.EqualFold(full[0], short[0]) &&
		lx.foldedCat(full[0])&(catFamilyFirst|catKnown) == catFamilyFirst|catKnown
}
