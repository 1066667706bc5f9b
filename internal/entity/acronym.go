package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An unlisted acronym ("RSF", "SLM") is the organisation whose initials it
// spells when the article names it: it stands for that organisation, under
// its name, rather than being an actor of its own. The organisation is, in
// this order:
//
//  1. the one it follows in brackets: "the Sudan Liberation Movement (SLM)";
//  2. a listed organisation (orgs.txt) whose name the article has: "RSF"
//     where the article names the Rapid Support Forces;
//  3. a run of capitalised words the article has that spells it and ends
//     with an organisation word ([org-suffix]: "Front", "Forces",
//     "Movement"): "the Tigray People's Liberation Front" for "TPLF".
//
// Initials skip the small words of a name ([acronym-skip] of words.txt:
// "of", "for", "and", "the"), and each capitalised word gives its first
// letter: "United Nations Relief and Works Agency" spells "UNRWA".

// acronymRef is an acronym an article's analysis has expanded: the
// organisation's name and its index in lexicon.orgs (-1 if unlisted); name
// is "" when the article names no organisation it spells.
type acronymRef struct {
	acr, name string
	org       int
}

// expandAcronyms gives each unlisted acronym among the organisation
// mentions of sentence st the name of the organisation it stands for, if
// the article names one (see above).
func (a *Article) expandAcronyms(st *sent) {
	for m := range st.mentions {
		mm := &st.mentions[m]
		if mm.kind != mOrg || mm.org >= 0 || !isAcronym(mm.name) {
			continue
		}
		if r := a.acronym(mm.name); r.name != "" {
			mm.name, mm.org = r.name, r.org
		}
	}
}

// acronym returns what acronym acr stands for in the article, working it
// out once per article.
func (a *Article) acronym(acr string) acronymRef {
	for _, r := range a.acronyms {
		if r.acr == acr {
			return r
		}
	}
	r := acronymRef{acr: acr, org: -1}
	title := ""
	if a.off == 1 {
		title = a.sts[0].src
	}
	for _, src := range [2]string{title, a.text} {
		if r.name == "" {
			r.name = a.lx.bracketed(src, acr)
		}
	}
	if r.name == "" {
		r.name, r.org = a.lx.listedInitials(title, a.text, acr)
	}
	for _, src := range [2]string{title, a.text} {
		if r.name == "" {
			r.name = a.lx.spelledRun(src, acr)
		}
	}
	if r.org < 0 && r.name != "" {
		if o, ok := a.lx.orgBy[strings.ToLower(r.name)]; ok {
			r.name, r.org = a.lx.orgs[o].name, o
		}
	}
	a.acronyms = append(a.acronyms, r)
	return r
}

// isAcronym reports whether name is an acronym of two to six capital
// letters ("RSF", "UNRWA"), without periods.
func isAcronym(name string) bool {
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// bracketed returns the name of the words right before "(acr)" in src
// whose initials spell acr ("Sudan Liberation Movement" in "the Sudan
// Liberation Movement (SLM)"), or "" if src has none.
func (lx *lexicon) bracketed(src, acr string) string {
	needle := "(" + acr + ")"
	for off := 0; ; {
		i := strings.Index(src[off:], needle)
		if i < 0 {
			return ""
		}
		i += off
		words := strings.Fields(src[max(0, i-200):i])
		for j := len(words) - 1; j >= 0 && j >= len(words)-2*len(acr)-2; j-- {
			if lx.spells(words[j:], acr) {
				return strings.Join(words[j:], " ")
			}
		}
		off = i + len(needle)
	}
}

// listedInitials returns the listed organisation whose name spells acr
// and that the title or text names, and its index; "" and -1 if none.
func (lx *lexicon) listedInitials(title, text, acr string) (string, int) {
	for _, o := range lx.orgInitials[acr] {
		name := lx.orgs[o].name
		if strings.Contains(text, name) || strings.Contains(title, name) {
			return name, o
		}
	}
	return "", -1
}

// spelledRun returns the first run of capitalised words in src that spells
// acr and ends with an organisation word ([org-suffix]), or "".
func (lx *lexicon) spelledRun(src, acr string) string {
	words := strings.Fields(src)
	for j, w := range words {
		if w[0] != acr[0] {
			continue
		}
		for e := j + len(acr); e <= len(words) && e <= j+2*len(acr); e++ {
			last := lx.trimEnd(words[e-1])
			if last != "" && lx.foldedCat(last)&catOrgSuffix != 0 && lx.spells(words[j:e], acr) {
				return strings.Join(words[j:e-1], " ") + " " + last
			}
		}
	}
	return ""
}

// trimEnd returns w without the punctuation after it ("Front," -> "Front",
// "Forces." -> "Forces"), but for the period of an abbreviation ("Corp.").
func (lx *lexicon) trimEnd(w string) string {
	w = strings.TrimRight(w, ",;:'’\")")
	if t := strings.TrimRight(w, "."); t != w && !lx.abbrevs[strings.ToLower(t)+"."] {
		return t
	}
	return w
}

// spells reports whether words, a name's words, spell acr: each
// capitalised word gives its first letter, words of [acronym-skip] none,
// and the name starts and ends with a capitalised word; no word but the
// last, read without the punctuation after it, ends in other than a letter.
func (lx *lexicon) spells(words []string, acr string) bool {
	k := 0
	for i, w := range words {
		if i == len(words)-1 {
			w = strings.TrimRight(lx.trimEnd(w), ".")
		}
		r, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if !unicode.IsLetter(last) {
			return false
		}
		if !unicode.IsUpper(r) {
			if i == 0 || i == len(words)-1 || lx.foldedCat(w)&catAcronymSkip == 0 {
				return false
			}
			continue
		}
		if k >= len(acr) || w[0] != acr[k] {
			return false
		}
		k++
	}
	return k == len(acr)
}

// initialsOf returns the initials of an organisation's name as spells
// reads them ("RSF" of "Rapid Support Forces"), or "" if it has words of
// other kinds.
func (lx *lexicon) initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r < utf8.RuneSelf && unicode.IsUpper(r):
			b.WriteByte(w[0])
		case lx.foldedCat(w)&catAcronymSkip == 0:
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
