// An error from github.com/pkg/errors, wrapped once and printed with %+v.
package main

import (
	"fmt"
	"os"

	"github.com/pkg/errors"
)

func open(name string) error {
	if _, err := os.Stat(name); err != nil {
		return errors.New("config not found")
	}
	return nil
}

func load() error {
	return errors.Wrap(open("/nonexistent/app.yaml"), "load settings")
}

func main() {
	fmt.Printf("%+v\n", load())
}
