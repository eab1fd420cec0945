// Command service is a small order service that logs as it works and then
// crashes. testdata/gen.sh runs it under log collectors of several shapes
// (docker json-file, CRI, journald, rsyslog, timestamping pipes).
//
//	service orders      a worker goroutine writes to a nil map
//	service inventory   a handler indexes past the end of a slice
//	service long        a panic whose value is one 40 KB line
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
	"time"
)

type Order struct {
	ID    int
	Items map[string]int
}

type Worker struct {
	id int
}

//go:noinline
func (w *Worker) apply(o *Order, sku string, n int) {
	o.Items[sku] += n // CRASH orders
}

func (w *Worker) run(orders <-chan *Order, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range orders {
		log.Printf("worker %d: order %d: applying %d line(s)", w.id, o.ID, len(o.Items))
		w.apply(o, "sku-1", 1)
		fmt.Printf("order %d ok\n", o.ID)
		time.Sleep(5 * time.Millisecond)
	}
}

func orders() {
	fmt.Println("orders service 1.4.2 listening on :8080")
	log.Print("connected to postgres://orders-db:5432/orders")
	ch := make(chan *Order)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go (&Worker{id: i}).run(ch, &wg)
	}
	for id := 1001; id <= 1003; id++ {
		ch <- &Order{ID: id, Items: map[string]int{"sku-9": 2}}
	}
	ch <- &Order{ID: 1004} // decoded from a request without "items"
	time.Sleep(time.Second)
	close(ch)
	wg.Wait()
}

type Stock struct {
	levels []int
}

//go:noinline
func (s *Stock) Reserve(slot, n int) {
	s.levels[slot] -= n // CRASH inventory
}

func inventory() {
	fmt.Println("inventory service 2.0.1 listening on :8081")
	log.Print("loaded 4 warehouse slots")
	s := &Stock{levels: []int{10, 4, 7, 1}}
	for i, slot := range []int{0, 2, 3, 4} {
		log.Printf("reserve request %d: slot %d", i+1, slot)
		s.Reserve(slot, 1)
		fmt.Printf("reserved slot %d\n", slot)
	}
}

func long() {
	fmt.Println("inventory sync 0.9.0 starting")
	log.Print("fetching http://inventory.internal/v1/items")
	var b strings.Builder
	b.WriteString(`unexpected response from inventory service: {"items":[`)
	for i := 0; i < 600; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"sku":"SKU-%05d","qty":%d,"warehouse":"eu-west-%d"}`, i, (i*37)%101, i%3)
	}
	b.WriteString(`]}`)
	panic(b.String()) // CRASH long
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: service orders|inventory|long")
		os.Exit(64)
	}
	switch os.Args[1] {
	case "orders":
		orders()
	case "inventory":
		inventory()
	case "long":
		long()
	}
}
