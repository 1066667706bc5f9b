package timeline

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// contentWords keeps the stems of content words and, apart, of names
// after the first word; plain words and short words are left out.
func TestContentWords(t *testing.T) {
	stems := func(ws ...string) []uint64 {
		var out []uint64
		for _, w := range ws {
			out = append(out, fnv64([]byte(w)))
		}
		slices.Sort(out)
		return out
	}
	for _, tc := range []struct {
		text         string
		words, names []uint64
	}{
		{"The mediated session ended on Thursday.", stems("mediat", "sessio", "ended"), nil},
		{"A federal mediator said so.", stems("federa", "mediat"), nil},
		{"Talks with Harlan's union.", stems("talks", "harlan", "union"), stems("harlan")},
		{"It was, he said, a day.", nil, nil},
		{"Mediators mediated.", stems("mediat"), nil},
	} {
		got := contentWords(tc.text)
		if !slices.Equal(got.words, tc.words) || !slices.Equal(got.names, tc.names) {
			t.Errorf("%q: got %v %v, want %v %v", tc.text, got.words, got.names, tc.words, tc.names)
		}
	}
}

// referenceWords is contentWords written plainly, rune by rune, for
// FuzzContentWords.
func referenceWords(text string) sentenceWords {
	var sw sentenceWords
	var word []rune
	first := true
	end := func() {
		if len(word) >= minWordLen && !plainWords().has(fnv64([]byte(strings.ToLower(string(word))))) {
			stem := []byte(strings.ToLower(string(word[:min(len(word), stemLen)])))
			h := fnv64(stem)
			sw.words = append(sw.words, h)
			sw.sig |= 1 << (h >> 58)
			if unicode.IsUpper(word[0]) && !first {
				sw.names = append(sw.names, h)
			} else if unicode.IsUpper(word[0]) {
				sw.first = h
			}
		}
		if len(word) > 0 {
			first = false
		}
		word = word[:0]
	}
	for _, r := range text {
		if unicode.IsLetter(r) {
			word = append(word, r)
		} else {
			end()
		}
	}
	end()
	for _, l := range []*[]uint64{&sw.words, &sw.names} {
		slices.Sort(*l)
		*l = slices.Compact(*l)
	}
	return sw
}

// contentWords, which reads ASCII a byte at a time, finds the words that
// reading the text rune by rune finds.
func FuzzContentWords(f *testing.F) {
	for _, s := range []string{
		"The mediated session ended on Thursday.",
		"Talks with Harlan's union in Genève, Zürich and Jeddah.",
		"ÉMILE Zola wrote: «J'accuse»",
		"a\xffb Straße ΣΊΣΥΦΟΣ",
		"In national over-the-counter trading yesterday, AEP shares closed at $21.25.",
		"Summit has until 1 April to make a firm offer.",
		"«Ça» Émile, Zola",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := contentWords(text), referenceWords(text)
		if !slices.Equal(got.words, want.words) || !slices.Equal(got.names, want.names) || got.sig != want.sig || got.first != want.first {
			t.Errorf("%q: got %v %v %x %x, want %v %v %x %x", text, got.words, got.names, got.sig, got.first, want.words, want.names, want.sig, want.first)
		}
	})
}

// unlinkedAlike asks three content words in common and names alike, the
// first word counted among the names when both sentences have some.
func TestUnlinkedAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"It will be the first meeting since the strike began on Saturday.",
			"The strike, which began at 12:01 a.m. on Aug. 12, is the first in Harlan's history.", true},
		{"It comes on top of the 100-per-cent tariff on Chinese-made electric vehicles that took effect on Oct. 1.",
			"The EV tariff took effect on Oct. 1.", true},
		{"Kestrel shareholders will vote on the deal at a court meeting and general meeting on March 28.",
			"The court meeting will start at 10 a.m. on Thursday at the offices of Kestrel's lawyers in London.", true},
		// Two words in common are not enough without a link.
		{"Under the arrangement, the surtax that was to take effect on Jan. 1 is postponed until Feb. 1.",
			"If they fail, both measures will take effect on February 1.", false},
		// The first word is a name when both have names.
		{"Under British takeover rules, Varda has until 5 p.m. on April 1 to announce a firm intention to make an offer or walk away.",
			"Summit has until 1 April under the same takeover rules to make a firm offer or walk away.", false},
		{"A car bomb exploded at a crowded market in Mosul on Friday.",
			"A car bomb exploded at a crowded market in Kirkuk on Friday.", false},
		// A capitalized first word that the other has in lower case.
		{"Workers walked off the job at plants in Ottumwa and Storm Lake.",
			"The strike began on Aug. 12 when workers walked out of the plants of Harlan.", true},
	} {
		a, b := contentWords(tc.a), contentWords(tc.b)
		if _, got := unlinkedAlike(&a, &b); got != tc.want {
			t.Errorf("unlinkedAlike(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if _, got := unlinkedAlike(&b, &a); got != tc.want {
			t.Errorf("unlinkedAlike(%q, %q) = %v, want %v (swapped)", tc.b, tc.a, got, tc.want)
		}
	}
}
