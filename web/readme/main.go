// Command readme rewrites the data tables of README.md from the code: the
// policy levers, the history, the baseline's numbers, the evidence behind
// the defaults and the presets. Each table sits between the markers
//
//	<!-- generated:NAME (go run ./web/readme) -->
//	<!-- end generated:NAME -->
//
// and only the text between them changes. Run it from anywhere in the
// module (make readme does):
//
//	go run ./web/readme          rewrite README.md in place
//	go run ./web/readme -check   exit 1, naming the stale tables, if README.md is out of date
//
// The test of this package fails when README.md is out of date.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	path := flag.String("readme", "", "the README to rewrite (default: README.md at the module's root)")
	check := flag.Bool("check", false, "do not write; exit 1 if a table is stale")
	flag.Parse()
	if err := run(*path, *check); err != nil {
		fmt.Fprintln(os.Stderr, "readme:", err)
		os.Exit(1)
	}
}

func run(path string, check bool) error {
	if path == "" {
		var err error
		if path, err = readmePath(); err != nil {
			return err
		}
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	tables, err := Tables()
	if err != nil {
		return err
	}
	if check {
		stale, err := Stale(string(old), tables)
		if err != nil {
			return err
		}
		if len(stale) > 0 {
			return errors.New(path + ": stale tables " + strings.Join(stale, ", ") + "; run go run ./web/readme")
		}
		return nil
	}
	doc, err := Rewrite(string(old), tables)
	if err != nil {
		return err
	}
	if doc == string(old) {
		fmt.Println(path + ": up to date")
		return nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(doc), info.Mode().Perm()); err != nil {
		return err
	}
	fmt.Println(path + ": tables rewritten")
	return nil
}

// readmePath returns README.md at the root of the module that holds the
// working directory.
func readmePath() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "README.md"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory; pass -readme")
		}
		dir = parent
	}
}
