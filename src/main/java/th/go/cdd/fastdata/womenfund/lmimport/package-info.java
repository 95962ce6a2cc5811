/**
 * The LM import (นำเข้าข้อมูลจาก LM): projects with their people and contracts, installments
 * and payments from the Excel or CSV files of the fund's Loan Management system. Every file is
 * previewed first (every problem named by row, column and reason), then applied all or nothing.
 * A file in an office's own report shape is read through a column mapping (การจับคู่คอลัมน์),
 * saved by name for the importers of the province.
 */
package th.go.cdd.fastdata.womenfund.lmimport;
