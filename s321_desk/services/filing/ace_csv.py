"""A sealed trip's shipments as the ACE shipment CSV upload takes them: one row per commodity,
its shipment's SCN, type, province of loading, shipper and consignee on each row, in the
template's columns (do not rename or reorder them: the upload reads them by position and
name). Checked against the upload's published field rules before it is written
(services/filing/field_rules.py ACE_CSV_RULES); written whole, audited.

- Shipment Type: PAPS (released on the broker's entry, every parcel since 2025-08-29), or
  SECTION 321 where the engine released it on the manifest while the law allowed it.
- Commodity Description: 45 characters at most (the upload's limit): the order line's, or
  the catalog's when the line's (a store title with its variant) is longer; a description
  that is still longer is refused, named, never cut (a filed description is the goods',
  whole).
- Commodity Weight: whole pounds rounded up (unit L); Commodity Value: USD, digits only.
- The hazmat columns: the UN number and whom to call (a trip with dangerous goods).
"""

from __future__ import annotations

from pathlib import Path

from s321_desk.domain.texts import Text
from s321_desk.services.files.csv_writer import Cell, csv_bytes
from s321_desk.services.filing.borderconnect import phone, pounds
from s321_desk.services.filing.emanifest import Exported, hazmat_problems, refuse, trip_place
from s321_desk.services.filing.emanifest import write_export as written
from s321_desk.services.filing.field_rules import ACE_CSV_RULES, check_rows
from s321_desk.services.filing.trip_filings import SECTION_321, Filing, read_filing
from s321_desk.services.kernel import access
from s321_desk.services.kernel.outputs import check_target
from s321_desk.store.uow import Work, within

COLUMNS = tuple(rule.path for rule in ACE_CSV_RULES)
CSV_TYPES = {SECTION_321: "SECTION 321"}
DESCRIPTION_LIMIT = next(x.most for x in ACE_CSV_RULES if x.path == "Commodity Description") or 45


def export_ace_csv(work: Work, load_ref: str, out: Path) -> Exported:
    """Write the sealed trip's shipments as the ACE shipment CSV upload to ``out``."""
    check_target(out)
    with within(work, immediate=True) as uow:  # one transaction: the filing read, its audit line
        access.require(uow.session, access.EXPORTING_EMANIFEST)
        filing = read_filing(uow.session, load_ref)
        rows = upload_rows(filing)
        refuse(filing, "ACE shipment CSV", problems(filing, rows))
        body = csv_bytes(COLUMNS, [[_cell(row[c]) for c in COLUMNS] for row in rows])
        return written(uow, "ace-csv", filing, out, "csv", body, len(rows))


def problems(filing: Filing, rows: list[dict[str, str]]) -> list[Text]:
    def place(index: int) -> str:
        row = rows[index]
        return f"{trip_place(filing)} / shipment {row['SCN']} / commodity {row['_line']}"

    return check_rows(rows, ACE_CSV_RULES, place) + hazmat_problems(filing)


def upload_rows(filing: Filing) -> list[dict[str, str]]:
    shipper = filing.shipper
    rows = []
    for s in filing.shipments:
        c = s.consignee
        for x in s.commodities:
            row = {
                "SCN": s.scn,
                "Shipment Type": CSV_TYPES.get(s.ace_type, s.ace_type),
                "Province Of Loading": filing.province_of_loading or "",
                "Shipper Name": shipper.name if shipper else "",
                "Shipper Address": shipper.address.street if shipper else "",
                "Shipper City": shipper.address.city if shipper else "",
                "Shipper State": shipper.address.state if shipper else "",
                "Shipper Zip": shipper.address.postal_code if shipper else "",
                "Shipper Country": shipper.address.country if shipper else "",
                "Consignee Name": c.name,
                "Consignee Address": " ".join(p for p in (c.address.street, c.street2) if p),
                "Consignee City": c.address.city,
                "Consignee State": c.address.state,
                "Consignee Zip": c.address.postal_code,
                "Consignee Country": c.address.country,
                "Commodity Description": x.described(DESCRIPTION_LIMIT),
                "Commodity Quantity": str(x.package_quantity),
                "Commodity Quantity Unit": x.package_unit,
                "Commodity Weight": str(pounds(x.weight_g)),
                "Commodity Weight Unit": "L",
                "Commodity Value": f"{x.value_usd:.2f}",
                "Commodity Country of Origin": x.origin,
                "Commodity HTS": x.hts,
                "Hazmat UN Number": x.hazmat.un_number if x.hazmat else "",
                "Hazmat Contact Name": (filing.emergency or {}).get("name", "") if x.hazmat else "",
                "Hazmat Contact Phone": phone((filing.emergency or {}).get("phone", ""))
                if x.hazmat
                else "",
                "_line": str(x.number),
            }
            rows.append(row)
    return rows


def _cell(text: str) -> Cell:
    return text or None
