package dates_test

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/dates"
)

func ExampleTagger_Tag() {
	published := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	text := "Kerry met Putin in Moscow last month. Experts will stay in Geneva in the coming days."
	for _, m := range dates.New().Tag(text, published) {
		fmt.Printf("%q %s %s %s\n", m.Text, m.Type, m.Value.Value, m.Grain)
	}
	// Output:
	// "last month" DATE 2016-07 month
	// "the coming days" DATE FUTURE_REF
}

func ExampleResolve() {
	published := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC) // a Friday
	friday := dates.Expr{Kind: dates.Calendar, Grain: dates.GrainDay, Weekday: 5}
	past, _ := dates.Resolve(friday, published, dates.Past)
	monday := dates.Expr{Kind: dates.Calendar, Grain: dates.GrainDay, Weekday: 1}
	future, _ := dates.Resolve(monday, published, dates.Future)
	fmt.Println(past.Value, future.Value)
	// Output: 2016-08-26 2016-08-29
}

// A caller that lower-cases a text for its own reading hands the lower
// case to the tagger, which then does not make it again.
func ExampleTagger_TagPrepared() {
	published := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	text := "Kerry met Putin in Moscow LAST MONTH."
	lower, _ := dates.Lower(nil, text)
	fmt.Println(lower) // for the caller's own reading
	for _, m := range dates.New().TagPrepared(text, dates.Prepared{Lower: lower}, published, dates.News) {
		fmt.Printf("%q %s %s\n", m.Text, m.Type, m.Value.Value)
	}
	// Output:
	// kerry met putin in moscow last month.
	// "LAST MONTH" DATE 2016-07
}
