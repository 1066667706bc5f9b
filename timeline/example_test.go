package timeline_test

import (
	"fmt"

	"github.com/timelinehq/timeline/timeline"
)

func ExampleBuild() {
	doc, err := timeline.ReadDocument("geneva.md", []byte(`---
title: Kerry, Lavrov kick off Syria talks in Geneva
published: 2016-08-26
---
The top diplomats of Russia and the United States are meeting in Geneva.

Kerry met Putin in Moscow last month. Experts will stay in Geneva in the coming days.
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	tl, err := timeline.Build([]*timeline.Document{doc}, timeline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range tl.Events {
		fmt.Printf("%-10s %-16q %s\n", e.When.Value.Value, e.When.Phrase, e.Text)
	}
	// Output:
	// 2016-07    "last month"     Kerry met Putin in Moscow last month.
	// 2016-08-26 ""               The top diplomats of Russia and the United States are meeting in Geneva.
	// FUTURE_REF "the coming days" Experts will stay in Geneva in the coming days.
}
