// Command timeline turns news articles into dated event timelines.
// Run "timeline --help" for usage.
package main

import (
	"os"

	"github.com/timelinehq/timeline/cmd"
)

func main() {
	os.Exit(cmd.Main())
}
