package cmd_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/timelinehq/timeline/cmd"
)

// exitFileEnv names the file where the timeline command of the test binary
// records its exit code, for the exitcode script command: testscript itself
// only tells zero from non-zero.
const exitFileEnv = "TIMELINE_TEST_EXIT_FILE"

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"timeline": func() {
			code := cmd.Main()
			if path := os.Getenv(exitFileEnv); path != "" {
				if err := os.WriteFile(path, []byte(strconv.Itoa(code)), 0o666); err != nil {
					os.Stderr.WriteString("test harness: " + err.Error() + "\n")
					os.Exit(100)
				}
			}
			os.Exit(code)
		},
	})
}

// TestScripts runs testdata/script/*.txtar. Besides the standard commands,
// scripts can use
//
//	exitcode N
//
// to check the exit code of the last "exec timeline".
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv(exitFileEnv, filepath.Join(env.WorkDir, ".timeline-exit-code"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: exitcode N")
				}
				data, err := os.ReadFile(ts.Getenv(exitFileEnv))
				if err != nil {
					ts.Fatalf("no exit code recorded; run exec timeline first: %v", err)
				}
				if got := strings.TrimSpace(string(data)); got != args[0] {
					ts.Fatalf("timeline exited with code %s, want %s", got, args[0])
				}
			},
		},
	})
}
