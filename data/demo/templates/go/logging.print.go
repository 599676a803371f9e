package {{package}}

import "fmt"

// ReportFailure tells the operator that an order failed.
func ReportFailure(orderID string, err error) {
	fmt.Println("order " + orderID + " failed: " + err.Error())
	fmt.Printf("error: order %s failed: %v\n", orderID, err)
}

// ReportDone tells the operator that an order went through.
func ReportDone(orderID string, millis int64) {
	fmt.Println("order " + orderID + " done")
}
