package eval_test

import (
	"fmt"
	"os"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/eval"
)

func ExampleScore() {
	text := "Kerry met Putin last month and will return in the coming days, after the talks."
	doc := &eval.Doc{
		ID:     "geneva",
		Text:   text,
		Anchor: time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC),
		Gold: []eval.Timex{
			{Start: 16, End: 26, Text: "last month", Type: eval.Date, Value: "2016-07"},
			{Start: 46, End: 61, Text: "the coming days", Type: eval.Date, Value: "FUTURE_REF"},
			{Start: 63, End: 78, Text: "after the talks", Type: eval.Date, Value: "FUTURE_REF"},
		},
	}
	mentions := dates.New().TagDoc(doc.Text, doc.Anchor, dates.News)
	r := eval.Score([]*eval.Doc{doc}, [][]eval.Timex{eval.FromMentions(mentions)})

	v := r.PRF(r.Value)
	fmt.Printf("gold %d, system %d, strict %d, relaxed %d, value F1 %.2f\n", r.Gold, r.System, r.Strict, r.Relaxed, v.F1)
	r.WriteMistakes(os.Stdout)
	// Output:
	// gold 3, system 2, strict 2, relaxed 2, value F1 0.80
	// {"doc":"geneva","kind":"missed","gold":{"start":63,"end":78,"text":"after the talks","type":"DATE","value":"FUTURE_REF","mod":""},"system":null,"context":"ry met Putin last month and will return in the coming days, [[after the talks]]."}
}

func ExampleReadFile() {
	doc, err := eval.ReadFile("testdata/timeml/b.tml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.ID, doc.Format, doc.Anchor.Format(time.DateOnly))
	for _, g := range doc.Gold {
		fmt.Printf("%q %s %s\n", doc.Text[g.Start:g.End], g.Type, g.Value)
	}
	// Output:
	// b TimeML 1998-02-13
	// "every week" SET P1W
	// "the fourth quarter" DATE 1997-Q4
}
