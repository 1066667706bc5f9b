package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

// FuzzAnalyze checks that any text, with its own sentences and a span that
// may lie anywhere, is analysed without a panic, the same way twice, into
// well-formed actors and places.
func FuzzAnalyze(f *testing.F) {
	_, text, _ := seed(f)
	f.Add(text, 0, 10)
	for _, s := range []string{
		"Kerry met with Russian President Vladimir Putin in Moscow last month.",
		"Staffan de Mistura, the U.N.’s Syria envoy, told reporters in Geneva.",
		"“Assad must go”, Kupchan said. de de de al- al-X ’s U.N.’ “”” \"",
		"US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva",
		"In in at the of Minister of of Foreign, Sen. Gen. Mr. X, the U.N.'s , ,",
		"Moscow and Washington and Paris, Berlin said. Chad Smith and Israel Katz.",
		"\xff\xfe U.\xffN. al-\xff ’s",
		"Turkish, Russian and Ukrainian officials met. Turkish, and, officials. The USS Carney, Typhoon X.",
		"in the Black Sea grain deal, at the White House, a strike on Sumy, the village of X, Sino-Korean border",
		"Senate Majority Leader John Thune. Fed Chair X. an EU head of state. Boeing 737 A320s Brent crude",
		"Compaq Computer Corp. said. Compaq said. Rep. X, R-Fla., D-N.Y, R-, Oshkosh, Wis., the Kansas City Chiefs, Essex County",
		"known as Building 100, Ban Ki-moon, J.C. Matlock, Kopp, 44, who. Dealers said. Democrat Abigail Spanberger. and Lavrov met",
		"Ursula von der Leyen, von der, Vice Premier He Lifeng, He He, Bill Clinton Thursday. Chanting Helmut Kohl. Xi Jinping. Xi",
		"Kills 12 In Dnipro, Officials Say\nthe war in Ukraine, at the request of Britain, Regulators in the US said, a stake in X, 9 p.m. BST",
		"State Farm said. the Boeing 737 Max. Airbus SE, Cie. Financiere de Paribas Chairman X Y, Cie. Cie., F.A.O. Schwarz, Lula da Silva",
		"Analysts at Morgan Stanley said. an analyst with Dean Witter Reynolds, Petrobras, the state oil company, Credit Suisse's BNP Paribas Vale SA Banca Monte dei Paschi, , at the",
		"The Broncos beat the Colts. the Lakers will host. Edgar Bronfman. The Bronfmans said. the Gonzalezes. the Ss said. The Sanders campaign",
		"The Sudan Liberation Movement (SLM) said. The SLM left. (RSF) Rapid Support Forces. The RSF, TPLF. ( ) (A) EV IPO",
		"Wang Wentao met. Wang said. Prince Faisal bin Farhan. Prince Faisal. Ng-Wang meeting. A-B talks. Ng-Wang-Li summit -Wang deal",
		"reached the Sudanese city of El Fasher, the Red Sea city, shuttled between Port Sudan and Abu Dhabi, Residents of El Obeid said",
		"Hurricane Josephine hit. Josephine struck Jamaica since Melissa last October. Tropical Storm X Hurricane Hurricane. since X, after",
		"the Competition and Markets Authority, the X and Y, Summit Freight said. on Summit Freight, the US logistics company. the Unite union said",
		"Political scientist Lubomir Kopecek of Masaryk University said. Kopecek of, shares in Kestrel, Kestrel Logistics, the Chamber of Deputies",
		"the Ministry of Mines and Energy, the Bureau of A, B, and C, the U.S. Immigration and Naturalization Service, Russia's Ministry of, of and , and",
		"Debretsion Gebremichael, the TPLF chairman, said. X Y, the AB title, said. Z, the ABCDEFG chairman, left. the TPLF's chairman",
		"Prime Minister Abiy Ahmed spoke. Abiy said. Mr. Abiy, President Abiy, in Abiy. Iraq's Saddam Hussein. King Hussein. Saddam. Abiy Abiy",
		"Petrobras shares rose. shares of X. Sonatrach's shares fell. X (PETR4.SA) said. X (NYSE: PBR) (A.) (.B) <7203.T> ( : ) Equinor said it. X said on its",
		"Officials in Larnaca said. Witnesses in El Paso said. Health and Human Services Secretary X. Minister of Mines and Energy Y Z. Officials in",
		"Republican House Speaker X Y. Republican Republican. House Democratic leader, the Panel on Climate Change, the Council on Aug., in the Amazon city of, Delaney's lawyer X",
	} {
		f.Add(s, -1, 3)
	}
	valid := map[string]bool{Person: true, Organization: true, State: true}
	kinds := kind.All()
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		spans := append(sentence.Split(text), sentence.Span{Start: start, End: end})
		title, _, _ := strings.Cut(text, "\n")
		a := AnalyzeDoc(title, text, spans)
		b := AnalyzeDoc(title, text, spans)
		if a.Len() != len(spans) {
			t.Fatalf("Len = %d, want %d", a.Len(), len(spans))
		}
		for i := -1; i <= len(spans); i++ {
			acts := a.Actors(i)
			if !slices.Equal(acts, b.Actors(i)) || a.Place(i) != b.Place(i) || a.Kind(i) != b.Kind(i) || a.Venue(i) != b.Venue(i) {
				t.Fatalf("sentence %d: not deterministic", i)
			}
			for k, act := range acts {
				if strings.TrimSpace(act.Name) == "" || !valid[act.Type] {
					t.Fatalf("sentence %d: bad actor %+v", i, act)
				}
				if !Matches(act, act.Name) || !SameActor(act, act) {
					t.Fatalf("sentence %d: %+v does not match itself", i, act)
				}
				if hasActor(acts[:k], act) {
					t.Fatalf("sentence %d: %+v twice", i, act)
				}
			}
			if p := a.Place(i); p != strings.TrimSpace(p) || (p == "") != (a.Venue(i) == kind.VenueNone) {
				t.Fatalf("sentence %d: place %q, venue %v", i, p, a.Venue(i))
			}
			if !slices.Contains(kinds, a.Kind(i)) {
				t.Fatalf("sentence %d: kind %v not in All", i, a.Kind(i))
			}
		}
		if !slices.Equal(a.LeadActors(), b.LeadActors()) || a.TitlePlace() != b.TitlePlace() {
			t.Fatal("title: not deterministic")
		}
	})
}

// BenchmarkAnalyze measures AnalyzeDoc on the seed article, asked about
// every sentence.
func BenchmarkAnalyze(b *testing.B) { benchSeed(b, 1) }

// BenchmarkAnalyzeSome measures AnalyzeDoc on the seed article, asked about
// every third sentence and the lead, as a build may be.
func BenchmarkAnalyzeSome(b *testing.B) { benchSeed(b, 3) }

// benchSeed measures AnalyzeDoc on the seed article, asked about every
// step-th sentence.
func benchSeed(b *testing.B, step int) {
	title, text, spans := seed(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a := AnalyzeDoc(title, text, spans)
		ask(a, step)
		a.Release()
	}
}

// BenchmarkAnalyzeLong measures AnalyzeDoc on the seed article repeated to
// about 100 KB, one long article asked about every sentence: coreference
// over many mentions.
func BenchmarkAnalyzeLong(b *testing.B) {
	title, text, _ := seed(b)
	long := strings.Repeat(text+"\n\n", 100_000/len(text)+1)
	spans := sentence.Split(long)
	b.SetBytes(int64(len(long)))
	b.ReportAllocs()
	for b.Loop() {
		a := AnalyzeDoc(title, long, spans)
		ask(a, 1)
		a.Release()
	}
}

// ask asks a about the lead and every step-th sentence, as a build does
// about the sentences with events.
func ask(a *Article, step int) {
	a.LeadActors()
	for i := 0; i < a.Len(); i += step {
		a.Actors(i)
		a.Kind(i)
	}
}

// FuzzSameLenLower checks sameLenLower against lowering rune by rune.
func FuzzSameLenLower(f *testing.F) {
	for _, s := range []string{"", "abc", "Kerry MET Lavrov", "ÉTÉ à Genève", "İstanbul", "\xffA\xe2\x80", "ẞ ß", "ǅ", "@AZ[`az{ KERRY met Lavrov in GENEVA, Ünal ÖZ and ÉMILE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []byte
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				want = append(want, s[i])
				i++
				continue
			}
			l := unicode.ToLower(r)
			if utf8.RuneLen(l) != size {
				want = nil
				break
			}
			want = utf8.AppendRune(want, l)
			i += size
		}
		if got := sameLenLower(s); got != string(want) {
			t.Errorf("sameLenLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzAllCaps checks allCaps, with its ASCII loop, against allCapsRunes.
func FuzzAllCaps(f *testing.F) {
	for _, s := range []string{"UN", "U.N.", "Un", "U", "ÉTÉ", "YPG’s", "G7", "A-B", "\xffAB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := allCaps(s), allCapsRunes(s); got != want {
			t.Errorf("allCaps(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIsInitialism checks isInitialism, with its quick answer for most
// words, against initialismParts.
func FuzzIsInitialism(f *testing.F) {
	for _, s := range []string{"U.N", "D.C", "F", "f", "Un", "U.n", "É.U", "A.", ".A", "", "Sen", "\xffA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isInitialism(s), initialismParts(s); got != want {
			t.Errorf("isInitialism(%q) = %v, want %v", s, got, want)
		}
	})
}
