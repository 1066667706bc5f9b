package sentence

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/**/*.golden files")

// seedPath is the seed article shared by the whole module.
const seedPath = "../../testdata/geneva-2016-08-26.txt"

// texts returns the sentences of text as strings.
func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.Text(text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"blank", " \n\t\n  ", nil},
		{"one", "Kerry met Lavrov.", []string{"Kerry met Lavrov."}},
		{"no final punctuation", "  Kerry met Lavrov  ", []string{"Kerry met Lavrov"}},
		{
			"two",
			"Kerry met Lavrov on Friday. They talked for hours.",
			[]string{"Kerry met Lavrov on Friday.", "They talked for hours."},
		},
		{
			"question and exclamation",
			"Will the truce hold? Nobody knows! Talks resume Monday.",
			[]string{"Will the truce hold?", "Nobody knows!", "Talks resume Monday."},
		},
		{
			"quotation said on after a comma",
			`"Passing this budget was critical. The stakes could not have been higher," Biden said on Friday. He left.`,
			[]string{`"Passing this budget was critical. The stakes could not have been higher," Biden said on Friday.`, "He left."},
		},
		{
			"curly quotation said on",
			"“We are ready. We will sign on Friday,” the minister said. Talks resumed.",
			[]string{"“We are ready. We will sign on Friday,” the minister said.", "Talks resumed."},
		},
		{
			"quoted questions, then who asked",
			`"Why now? Who gains?" she asked. Nobody answered.`,
			[]string{`"Why now? Who gains?" she asked.`, "Nobody answered."},
		},
		{
			"quotation that ends its sentence",
			`"We are ready. We will sign." He left on Friday.`,
			[]string{`"We are ready.`, `We will sign."`, "He left on Friday."},
		},
		{
			"quotation closed before the end",
			`He said "yes." Then he left. "No," she said.`,
			[]string{`He said "yes."`, "Then he left.", `"No," she said.`},
		},
		{
			"quotation not closed in its paragraph",
			"\"We will fight. We will win.\n\n\"Never,\" he said.",
			[]string{`"We will fight.`, "We will win.", `"Never," he said.`},
		},
		{
			"question quoted, then a new sentence",
			`"Why now? Who gains?" The minister did not say.`,
			[]string{`"Why now?`, `Who gains?"`, "The minister did not say."},
		},
		{
			"date ends sentence",
			"It happened on May 5. Police said the driver fled.",
			[]string{"It happened on May 5.", "Police said the driver fled."},
		},
		{
			"year ends sentence",
			"The plant opened in 1998. It closed last year.",
			[]string{"The plant opened in 1998.", "It closed last year."},
		},
		{
			"month abbreviation",
			"After missing an initial target date of Aug. 1, de Mistura had hoped to restart talks.",
			[]string{"After missing an initial target date of Aug. 1, de Mistura had hoped to restart talks."},
		},
		{
			"sept abbreviation",
			"The vote is set for Sept. 15 in Geneva. Diplomats expect a deal.",
			[]string{"The vote is set for Sept. 15 in Geneva.", "Diplomats expect a deal."},
		},
		{
			"titles",
			"Sen. John McCain and Gov. Jerry Brown met Lt. Col. Oliver North and Dr. Jane Smith. Mr. Brown left early.",
			[]string{"Sen. John McCain and Gov. Jerry Brown met Lt. Col. Oliver North and Dr. Jane Smith.", "Mr. Brown left early."},
		},
		{
			"title before starter-like word",
			"He spoke to Rev. A. B. Jones.",
			[]string{"He spoke to Rev. A. B. Jones."},
		},
		{
			"initials",
			"President George W. Bush and John F. Kennedy International Airport.",
			[]string{"President George W. Bush and John F. Kennedy International Airport."},
		},
		{
			"initialism mid sentence",
			"The U.S. Embassy in Nairobi and the U.N. Security Council said so.",
			[]string{"The U.S. Embassy in Nairobi and the U.N. Security Council said so."},
		},
		{
			"initialism ends sentence",
			"Rally's operates about 160 restaurants throughout the U.S. The company went public this month.",
			[]string{"Rally's operates about 160 restaurants throughout the U.S.", "The company went public this month."},
		},
		{
			"initialism before contraction",
			"They may be joining the prison system in the U.S. That's not in the child's interest, he said.",
			[]string{"They may be joining the prison system in the U.S.", "That's not in the child's interest, he said."},
		},
		{
			"company ends sentence",
			"It will be named Ranger Industries Inc. After these payments, $225,000 will be available.",
			[]string{"It will be named Ranger Industries Inc.", "After these payments, $225,000 will be available."},
		},
		{
			"company mid sentence",
			"Shares of Pacific First Financial Corp. rose after Royal Trustco Ltd. of Toronto bid.",
			[]string{"Shares of Pacific First Financial Corp. rose after Royal Trustco Ltd. of Toronto bid."},
		},
		{
			"state abbreviation",
			"The company is based in Louisville, Ky. It runs 160 restaurants.",
			[]string{"The company is based in Louisville, Ky.", "It runs 160 restaurants."},
		},
		{
			"hyphenated state",
			"Sen. Joseph Lieberman, I-Conn. He said no.",
			[]string{"Sen. Joseph Lieberman, I-Conn.", "He said no."},
		},
		{
			"no and vs",
			"The No. 2 seed beat No. 7 in the Smith vs. Jones final.",
			[]string{"The No. 2 seed beat No. 7 in the Smith vs. Jones final."},
		},
		{
			"times",
			"The blast came at 10:30 a.m. Friday. It killed 12.",
			[]string{"The blast came at 10:30 a.m. Friday.", "It killed 12."},
		},
		{
			"decimal and money",
			"Earnings rose 4 cents, to $12.51. The gain was 3.8 percent.",
			[]string{"Earnings rose 4 cents, to $12.51.", "The gain was 3.8 percent."},
		},
		{
			"curly quotes",
			"“There are still issues,” an official said. “We will meet again.” Talks end Friday.",
			[]string{"“There are still issues,” an official said.", "“We will meet again.”", "Talks end Friday."},
		},
		{
			"quoted question then lowercase",
			"“Why now?” he asked. “Because,” she said.",
			[]string{"“Why now?” he asked.", "“Because,” she said."},
		},
		{
			"straight quotes",
			`He said "no." Then he left.`,
			[]string{`He said "no."`, "Then he left."},
		},
		{
			"TimeML quotes",
			"``I want a referendum,'' Howard said. ``The Australian people are owed the opportunity.''",
			[]string{"``I want a referendum,'' Howard said.", "``The Australian people are owed the opportunity.''"},
		},
		{
			"parenthesis",
			"The vote passed (by a wide margin.) Delegates cheered.",
			[]string{"The vote passed (by a wide margin.)", "Delegates cheered."},
		},
		{
			"ellipsis lowercase",
			"She's indicated to me... she is very interested.",
			[]string{"She's indicated to me... she is very interested."},
		},
		{
			"ellipsis ends",
			"He paused… Then he spoke. It went on...",
			[]string{"He paused…", "Then he spoke.", "It went on..."},
		},
		{
			"lowercase after period",
			"Visit example.com. or e.g. apples.",
			[]string{"Visit example.com. or e.g. apples."},
		},
		{
			"no space after period",
			"U.S.-led forces and the 3.5% rate.Next.",
			[]string{"U.S.-led forces and the 3.5% rate.Next."},
		},
		{
			"paragraphs",
			"Kerry met Lavrov\n\nThe talks began Friday.\n \nThey ended Saturday",
			[]string{"Kerry met Lavrov", "The talks began Friday.", "They ended Saturday"},
		},
		{
			"headline line",
			"Kerry, Lavrov kick off Syria talks in Geneva\nThe top diplomats of Russia and the United States are meeting in Geneva on Friday to discuss the war.",
			[]string{"Kerry, Lavrov kick off Syria talks in Geneva", "The top diplomats of Russia and the United States are meeting in Geneva on Friday to discuss the war."},
		},
		{
			"dateline line",
			"GENEVA (AP)\nThe top diplomats of Russia and the United States are meeting in Geneva.",
			[]string{"GENEVA (AP)", "The top diplomats of Russia and the United States are meeting in Geneva."},
		},
		{
			"hard-wrapped",
			"The top diplomats of Russia and the United States are meeting in\nGeneva to discuss the Syria civil war, the Ukraine crisis and other\nissues. Kerry arrived on Thursday.",
			[]string{"The top diplomats of Russia and the United States are meeting in\nGeneva to discuss the Syria civil war, the Ukraine crisis and other\nissues.", "Kerry arrived on Thursday."},
		},
		{
			"hard-wrapped before proper noun",
			"Kerry met with Russian President Vladimir Putin in Moscow last month\nAmid media speculation the two powers were moving closer together.",
			[]string{"Kerry met with Russian President Vladimir Putin in Moscow last month\nAmid media speculation the two powers were moving closer together."},
		},
		{
			"wrapped after comma",
			"Moscow,\nWashington and Geneva took part in the talks this week, officials said.",
			[]string{"Moscow,\nWashington and Geneva took part in the talks this week, officials said."},
		},
		{
			"wrapped at abbreviation",
			"The talks were set for Aug.\n1 in Geneva, where Sen.\nJohn McCain also met Lavrov on Friday in the city.",
			[]string{"The talks were set for Aug.\n1 in Geneva, where Sen.\nJohn McCain also met Lavrov on Friday in the city."},
		},
		{
			"list",
			"KENYA:\nTotal Dead: 192\nAmericans: 12\nInjured: 4,877",
			[]string{"KENYA:", "Total Dead: 192", "Americans: 12", "Injured: 4,877"},
		},
		{
			"markdown heading",
			"# Kerry, Lavrov meet\nThe talks began.\n## Background\nThe war began in 2011.",
			[]string{"# Kerry, Lavrov meet", "The talks began.", "## Background", "The war began in 2011."},
		},
		{
			"hashtag is not a heading",
			"Supporters used\n#StandWithAleppo on Friday in a long campaign that spread across social media.",
			[]string{"Supporters used\n#StandWithAleppo on Friday in a long campaign that spread across social media."},
		},
		{
			"bullets",
			"Key points:\n- Kerry met Lavrov\n- Talks resume Monday. Experts stay.\n1. First item\n2. Second item",
			[]string{"Key points:", "- Kerry met Lavrov", "- Talks resume Monday.", "Experts stay.", "1. First item", "2. Second item"},
		},
		{
			"wrapped number is not a list",
			"The talks between the two foreign ministers were set to start on Aug.\n5. The meeting was then delayed.",
			[]string{"The talks between the two foreign ministers were set to start on Aug.\n5.", "The meeting was then delayed."},
		},
		{
			"thematic break",
			"First part.\n\n* * *\n\nSecond part.\n---\nThird part.",
			[]string{"First part.", "Second part.", "Third part."},
		},
		{
			"CRLF",
			"Kerry met Lavrov.\r\n\r\nThey talked. It\r\nworked.\r\n",
			[]string{"Kerry met Lavrov.", "They talked.", "It\r\nworked."},
		},
		{
			"non-breaking space",
			"It ended.\u00a0The end.",
			[]string{"It ended.", "The end."},
		},
		{
			"non-ASCII capital",
			"Il est parti. Élise est restée.",
			[]string{"Il est parti.", "Élise est restée."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, Split(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q):\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkInvariants(t, tt.text, Split(tt.text))
		})
	}
}

func TestSplitSeedArticle(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	got := texts(text, Split(text))
	checkGolden(t, "testdata/geneva-2016-08-26.golden", got)

	want := map[int]string{
		0:  "Share",
		1:  "Kerry, Lavrov kick off Syria talks in Geneva",
		2:  "The top diplomats of Russian Federation and the United States are meeting in Geneva to discuss the Syria civil war, the Ukraine crisis and other issues.",
		11: "Staffan de Mistura, the U.N.’s Syria envoy, told reporters in Geneva earlier this week that Friday’s talks are important and could make progress toward getting back to political negotiations.",
		12: "But critical sticking points remain unresolved and experts will remain in Geneva with an eye toward finalizing those in the coming days, he said.",
		15: "Successive rounds of worldwide negotiations have failed to end a conflict that has killed more than 290,000 people and forced millions from their homes in more than five years.",
		16: "After missing an initial target date of Aug. 1, de Mistura had hoped to restart the intra-Syrian discussions toward political transition in late August.",
		19: "US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva",
	}
	if len(got) != 20 {
		t.Fatalf("got %d sentences, want 20:\n%s", len(got), strings.Join(got, "\n"))
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("sentence %d:\n got %q\nwant %q", i, got[i], w)
		}
	}
}

// TestSplitTimeML checks excerpts of TimeBank and AQUAINT newswire against
// golden files.
func TestSplitTimeML(t *testing.T) {
	files, err := filepath.Glob("testdata/timeml/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no TimeML excerpts: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			spans := Split(text)
			checkInvariants(t, text, spans)
			checkGolden(t, strings.TrimSuffix(file, ".txt")+".golden", texts(text, spans))
		})
	}
}

// TestSplitHardWrapped wraps every one-line paragraph of the real texts at
// several widths, as a mail client or a wire service would, and checks that
// the sentences stay the same.
func TestSplitHardWrapped(t *testing.T) {
	files, _ := filepath.Glob("testdata/timeml/*.txt")
	files = append(files, seedPath)
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for para := range strings.SplitSeq(string(data), "\n\n") {
			para = strings.TrimSpace(para)
			if para == "" || strings.Contains(para, "\n") {
				continue // lists keep their own line breaks
			}
			want := collapsed(texts(para, Split(para)))
			for _, width := range []int{35, 45, 60, 72, 100} {
				wrapped := wrap(para, width)
				spans := Split(wrapped)
				checkInvariants(t, wrapped, spans)
				if got := collapsed(texts(wrapped, spans)); !slices.Equal(got, want) {
					t.Errorf("%s wrapped at %d:\n%s\n got %q\nwant %q", filepath.Base(file), width, wrapped, got, want)
				}
			}
		}
	}
}

// wrap breaks text greedily into lines of at most width runes.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		switch {
		case n == 0:
		case n+1+wl > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += wl
	}
	return b.String()
}

// collapsed returns ss with every run of whitespace replaced by one space.
func collapsed(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Join(strings.Fields(s), " ")
	}
	return out
}

func TestSplitInvariants(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n", ".", "...", "!?", "“”", "\u00a0.\u00a0", "a.\nB", "#", "# ", "- ", "1. ", "---", "U.S.",
		"Mr. . . . The", "x\xffy. Z\xfe.", "\xe2\x80", "end…", "A.\n\nB.\r\n\r\nC",
	}
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, string(data), wrap(string(data), 50))
	for _, in := range inputs {
		checkInvariants(t, in, Split(in))
	}
	// Random texts built from the pieces the splitter cares about; a cheap,
	// deterministic complement to FuzzSplit.
	pieces := []string{
		"a", "B", ".", "!", "?", " ", "\n", "\n\n", "“", "”", "'", "\"", "``", "#", "- ", "1. ", "U.S.", "Mr.",
		"Inc.", "The", "…", "\xff", "\xe2", "\r", ":", ",", "---", "\u00a0", "Aug. 1",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkInvariants(t, b.String(), Split(b.String()))
	}
}

// checkInvariants checks that spans are sorted, do not overlap, are
// non-empty, trimmed, inside text and on rune boundaries.
func checkInvariants(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v: out of order, empty or outside text (len %d, previous end %d)", i, s, len(text), prev)
		}
		if s.Len() != s.End-s.Start {
			t.Fatalf("span %d %v: Len %d", i, s, s.Len())
		}
		sent := text[s.Start:s.End]
		if strings.TrimSpace(sent) != sent || strings.TrimFunc(sent, unicode.IsSpace) != sent {
			t.Fatalf("span %d %v: not trimmed: %q", i, s, sent)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End]))) {
			t.Fatalf("span %d %v: not on rune boundaries", i, s)
		}
		prev = s.End
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Kerry met Lavrov on Aug. 1. The U.S. said so.\n\nHeadline\nText goes on.")
	f.Add("“Why?” he asked. ``Because,'' she said… Then: - a\n- b\n# H\n---\n")
	f.Add("x\xffy. Z\xfe.\r\n\r\n\u00a0Sen. A. B.")
	if data, err := os.ReadFile(seedPath); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Split(text)
		checkInvariants(t, text, spans)
		again := Split(text)
		if !slices.Equal(spans, again) {
			t.Fatalf("Split is not deterministic: %v then %v", spans, again)
		}
	})
}

func TestLexicon(t *testing.T) {
	lx := loadLexicon()
	for _, w := range []string{"Mr.", "Sen.", "Lt.", "Col.", "Gov.", "Prof.", "St."} {
		if !lx.titles[w] && !lx.abbrevs[w] {
			t.Errorf("%q is not an abbreviation", w)
		}
	}
	for _, w := range []string{"Jan.", "Aug.", "Sept.", "Oct.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "No.", "vs.", "etc."} {
		if !lx.abbrevs[w] {
			t.Errorf("%q is not an abbreviation that may end a sentence", w)
		}
	}
	for w := range lx.titles {
		if lx.abbrevs[w] {
			t.Errorf("%q is in both sections of abbreviations.txt", w)
		}
	}
	for _, m := range []map[string]bool{lx.titles, lx.abbrevs} {
		for w := range m {
			if !strings.HasSuffix(w, ".") || strings.ContainsAny(w, " \t") {
				t.Errorf("abbreviation %q must be one word ending in a period", w)
			}
		}
	}
	for _, w := range []string{"The", "He", "But", "In", "It"} {
		if !lx.starters[w] {
			t.Errorf("%q is not a sentence starter", w)
		}
	}
	for w := range lx.starters {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, " .") {
			t.Errorf("starter %q must be one capitalised word", w)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

func ExampleSplit() {
	text := "Kerry, Lavrov kick off Syria talks in Geneva\n\n" +
		"After missing a target date of Aug. 1, the U.N. envoy had hoped to restart talks. " +
		"But sticking points remain, he said. It happened on May 5. Police said the U.S. " +
		"The end."
	for _, s := range Split(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0-44 Kerry, Lavrov kick off Syria talks in Geneva
	// 46-127 After missing a target date of Aug. 1, the U.N. envoy had hoped to restart talks.
	// 128-164 But sticking points remain, he said.
	// 165-186 It happened on May 5.
	// 187-207 Police said the U.S.
	// 208-216 The end.
}

// checkGolden compares lines with the golden file, or rewrites it with
// -update. A newline inside a line is written as \n.
func checkGolden(t *testing.T, golden string, lines []string) {
	t.Helper()
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(strings.ReplaceAll(l, "\n", `\n`))
		b.WriteByte('\n')
	}
	got := b.String()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test -update to accept):\n%s", golden, lineDiff(string(want), got))
	}
}

// lineDiff describes how got differs from want, line by line: lines only in
// want start with "-", lines only in got with "+".
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	// Longest common subsequence; golden files are small.
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i++
			j++
		case j < len(g) && (i == len(w) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&b, "+%s\n", g[j])
			j++
		default:
			fmt.Fprintf(&b, "-%s\n", w[i])
			i++
		}
	}
	return b.String()
}

// lastDash finds what strings.LastIndexAny finds, in any bytes.
func FuzzLastDash(f *testing.F) {
	for _, s := range []string{"", "U.S.", "non-U.S.", "I-Conn.", "a/b", "x–y", "x—y.", "\xe2\x80\x93\x80", "\xf0\xe2\x80\x94", "\x80\x93", "–-—/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastDash(s), strings.LastIndexAny(s, "-/–—"); got != want {
			t.Errorf("lastDash(%q) = %d, want %d", s, got, want)
		}
	})
}
