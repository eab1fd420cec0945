// Command klogcrash is a Kubernetes-style controller that logs with klog,
// logs a recovered panic the way k8s.io/apimachinery's HandleCrash does
// ("Observed a panic" + the stack, through klog, which prefixes only the
// first line), and then panics again, which crashes the process.
package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime"

	"k8s.io/klog/v2"
)

type Key struct {
	Namespace, Name string
}

type Controller struct {
	queue []*Key
}

func logPanic(r interface{}) {
	const size = 64 << 10
	stacktrace := make([]byte, size)
	stacktrace = stacktrace[:runtime.Stack(stacktrace, false)]
	klog.Errorf("Observed a panic: %#v (%v)\n%s", r, r, stacktrace)
}

func handleCrash() {
	if r := recover(); r != nil {
		logPanic(r)
		klog.Flush()
		panic(r) // CRASH klog-repanic
	}
}

//go:noinline
func (c *Controller) sync(k *Key) error {
	klog.V(2).Infof("syncing %s/%s", k.Namespace, k.Name) // CRASH klog
	return nil
}

func (c *Controller) processNextItem() {
	defer handleCrash()
	k := c.queue[0]
	c.queue = c.queue[1:]
	if err := c.sync(k); err != nil {
		klog.ErrorS(err, "sync failed")
	}
}

func main() {
	klog.InitFlags(nil)
	flag.Set("v", "2")
	flag.Parse()
	klog.Info("Starting pod-janitor controller version v0.3.1")
	klog.InfoS("Waiting for caches to sync", "controller", "pod-janitor")
	klog.Warning("Resync period 10s is shorter than recommended (30s)")
	err := errors.New("Get \"https://10.96.0.1:443/api/v1/pods\": dial tcp 10.96.0.1:443: connect: connection refused")
	klog.Errorf("Failed to list pods (will retry):\n%v\nlast attempt: %s", err, fmt.Sprint(3))
	c := &Controller{queue: []*Key{{"default", "web-0"}, nil}}
	c.processNextItem()
	c.processNextItem()
}
