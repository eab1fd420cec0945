module example.com/wrapped

go 1.21

require k8s.io/klog/v2 v2.140.0

require github.com/go-logr/logr v1.4.1 // indirect
