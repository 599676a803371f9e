package {{package}}

import "fmt"

// ReportFailure tells the operator that an order failed.
func ReportFailure(orderID string, err error) {
	fmt.Println("order " + orderID + " failed: " + err.Error())
}

// ReportDone tells the operator that an order went through.
func ReportDone(orderID string, millis int64) {
	fmt.Println("order " + orderID + " done")
}
