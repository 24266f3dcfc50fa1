"""USPS Publication 28 word lists: street suffixes (C1), unit designators (C2), states."""

from __future__ import annotations


def _table(text: str) -> dict[str, str]:
    """One line per standard abbreviation: the abbreviation, then every spelling it replaces.

    The standard abbreviation always maps to itself, even where C1 also lists it as a spelling
    of another word (MDW is MEADOW's abbreviation and a spelling of MEADOWS): a canonical line
    must come out of a second pass unchanged.
    """
    table: dict[str, str] = {}
    standards: list[str] = []
    for row in text.strip().splitlines():
        standard, *spellings = row.split()
        standards.append(standard)
        for spelling in spellings:
            table[spelling] = standard
    for standard in standards:
        table[standard] = standard
    return table


# Publication 28, Appendix C1 (street suffix abbreviations), with the common abbreviations and
# misspellings it lists (VILLIAGE, SUMITT, RADIEL, ...). KEY is left to C1 (KY), not C2.
STREET_SUFFIXES = _table(
    """
    ALY   ALLEE ALLEY ALLY
    ANX   ANEX ANNEX ANNX
    ARC   ARCADE
    AVE   AV AVEN AVENU AVENUE AVN AVNUE
    BYU   BAYOO BAYOU
    BCH   BEACH
    BND   BEND
    BLF   BLUF BLUFF
    BLFS  BLUFFS
    BTM   BOT BOTTM BOTTOM
    BLVD  BOUL BOULEVARD BOULV
    BR    BRNCH BRANCH
    BRG   BRDGE BRIDGE
    BRK   BROOK
    BRKS  BROOKS
    BG    BURG
    BGS   BURGS
    BYP   BYPA BYPAS BYPASS BYPS
    CP    CAMP CMP
    CYN   CANYN CANYON CNYN
    CPE   CAPE
    CSWY  CAUSEWAY CAUSWA
    CTR   CEN CENT CENTER CENTR CENTRE CNTER CNTR
    CTRS  CENTERS
    CIR   CIRC CIRCL CIRCLE CRCL CRCLE
    CIRS  CIRCLES
    CLF   CLIFF
    CLFS  CLIFFS
    CLB   CLUB
    CMN   COMMON
    CMNS  COMMONS
    COR   CORNER
    CORS  CORNERS
    CRSE  COURSE
    CT    COURT
    CTS   COURTS
    CV    COVE
    CVS   COVES
    CRK   CREEK
    CRES  CRESCENT CRSENT CRSNT
    CRST  CREST
    XING  CROSSING CRSSNG
    XRD   CROSSROAD
    XRDS  CROSSROADS
    CURV  CURVE
    DL    DALE
    DM    DAM
    DV    DIV DIVIDE DVD
    DR    DRIV DRIVE DRV
    DRS   DRIVES
    EST   ESTATE
    ESTS  ESTATES
    EXPY  EXP EXPR EXPRESS EXPRESSWAY EXPW
    EXT   EXTENSION EXTN EXTNSN
    EXTS  EXTENSIONS
    FALL
    FLS   FALLS
    FRY   FERRY FRRY
    FLD   FIELD
    FLDS  FIELDS
    FLT   FLAT
    FLTS  FLATS
    FRD   FORD
    FRDS  FORDS
    FRST  FOREST FORESTS
    FRG   FORG FORGE
    FRGS  FORGES
    FRK   FORK
    FRKS  FORKS
    FT    FORT FRT
    FWY   FREEWAY FREEWY FRWAY FRWY
    GDN   GARDEN GARDN GRDEN GRDN
    GDNS  GARDENS GRDNS
    GTWY  GATEWAY GATEWY GATWAY GTWAY
    GLN   GLEN
    GLNS  GLENS
    GRN   GREEN
    GRNS  GREENS
    GRV   GROV GROVE
    GRVS  GROVES
    HBR   HARB HARBOR HARBR HRBOR
    HBRS  HARBORS
    HVN   HAVEN
    HTS   HT HEIGHTS
    HWY   HIGHWAY HIGHWY HIWAY HIWY HWAY
    HL    HILL
    HLS   HILLS
    HOLW  HLLW HOLLOW HOLLOWS HOLWS
    INLT  INLET
    IS    ISLAND ISLND
    ISS   ISLANDS ISLNDS
    ISLE  ISLES
    JCT   JCTION JCTN JUNCTION JUNCTN JUNCTON
    JCTS  JCTNS JUNCTIONS
    KY    KEY
    KYS   KEYS
    KNL   KNOL KNOLL
    KNLS  KNOLLS
    LK    LAKE
    LKS   LAKES
    LAND
    LNDG  LANDING LNDNG
    LN    LANE
    LGT   LIGHT
    LGTS  LIGHTS
    LF    LOAF
    LCK   LOCK
    LCKS  LOCKS
    LDG   LDGE LODG LODGE
    LOOP  LOOPS
    MALL
    MNR   MANOR
    MNRS  MANORS
    MDW   MEADOW
    MDWS  MDW MEADOWS MEDOWS
    MEWS
    ML    MILL
    MLS   MILLS
    MSN   MISSION MISSN MSSN
    MTWY  MOTORWAY
    MT    MNT MOUNT
    MTN   MNTAIN MNTN MOUNTAIN MOUNTIN MTIN
    MTNS  MNTNS MOUNTAINS
    NCK   NECK
    ORCH  ORCHARD ORCHRD
    OVAL  OVL
    OPAS  OVERPASS
    PARK  PRK PARKS
    PKWY  PARKWAY PARKWY PKWAY PKY PARKWAYS PKWYS
    PASS
    PSGE  PASSAGE
    PATH  PATHS
    PIKE  PIKES
    PNE   PINE
    PNES  PINES
    PL    PLACE
    PLN   PLAIN
    PLNS  PLAINS
    PLZ   PLAZA PLZA
    PT    POINT
    PTS   POINTS
    PRT   PORT
    PRTS  PORTS
    PR    PRAIRIE PRR
    RADL  RAD RADIAL RADIEL
    RAMP
    RNCH  RANCH RANCHES RNCHS
    RPD   RAPID
    RPDS  RAPIDS
    RST   REST
    RDG   RDGE RIDGE
    RDGS  RIDGES
    RIV   RIVER RVR RIVR
    RD    ROAD
    RDS   ROADS
    RTE   ROUTE
    ROW
    RUE
    RUN
    SHL   SHOAL
    SHLS  SHOALS
    SHR   SHOAR SHORE
    SHRS  SHOARS SHORES
    SKWY  SKYWAY
    SPG   SPNG SPRING SPRNG
    SPGS  SPNGS SPRINGS SPRNGS
    SPUR  SPURS
    SQ    SQR SQRE SQU SQUARE
    SQS   SQRS SQUARES
    STA   STATION STATN STN
    STRA  STRAV STRAVEN STRAVENUE STRAVN STRVN STRVNUE
    STRM  STREAM STREME
    ST    STREET STRT STR
    STS   STREETS
    SMT   SUMIT SUMITT SUMMIT
    TER   TERR TERRACE
    TRWY  THROUGHWAY
    TRCE  TRACE TRACES
    TRAK  TRACK TRACKS TRK TRKS
    TRFY  TRAFFICWAY
    TRL   TRAIL TRAILS TRLS
    TRLR  TRAILER TRLRS
    TUNL  TUNEL TUNLS TUNNEL TUNNELS TUNNL
    TPKE  TRNPK TURNPIKE TURNPK
    UPAS  UNDERPASS
    UN    UNION
    UNS   UNIONS
    VLY   VALLEY VALLY VLLY
    VLYS  VALLEYS
    VIA   VDCT VIADCT VIADUCT
    VW    VIEW
    VWS   VIEWS
    VLG   VILL VILLAG VILLAGE VILLG VILLIAGE
    VLGS  VILLAGES
    VL    VILLE
    VIS   VIST VISTA VST VSTA
    WALK  WALKS
    WALL
    WAY   WY
    WAYS
    WL    WELL
    WLS   WELLS
    """
)

# Publication 28, section 233 (directionals): NORTH -> N, SOUTHWEST -> SW, ...
DIRECTIONALS = _table(
    """
    N     NORTH
    E     EAST
    S     SOUTH
    W     WEST
    NE    NORTHEAST
    NW    NORTHWEST
    SE    SOUTHEAST
    SW    SOUTHWEST
    """
)

# Publication 28, Appendix C2 (secondary unit designators), less KEY (taken by C1 as KY).
# FLR is not in C2 but is how people write FLOOR; it cannot mean anything else on a street line.
UNIT_DESIGNATORS = _table(
    """
    APT   APARTMENT
    BSMT  BASEMENT
    BLDG  BUILDING
    DEPT  DEPARTMENT
    FL    FLOOR FLR
    FRNT  FRONT
    HNGR  HANGAR
    LBBY  LOBBY
    LOT
    LOWR  LOWER
    OFC   OFFICE
    PH    PENTHOUSE
    PIER
    REAR
    RM    ROOM
    SIDE
    SLIP
    SPC   SPACE
    STOP
    STE   SUITE
    TRLR  TRAILER
    UNIT
    UPPR  UPPER
    """
)

# Every word of a street line, with its Publication 28 abbreviation. The three lists share no
# word with different meanings (TRAILER is TRLR in both C1 and C2).
STREET_WORDS: dict[str, str] = {**STREET_SUFFIXES, **DIRECTIONALS, **UNIT_DESIGNATORS}

# USPS state and territory codes by full name, written without spaces (NEWYORK -> NY) so that
# "New York", "NEW  YORK" and "New-York" all find it.
STATE_CODES = _table(
    """
    AL ALABAMA
    AK ALASKA
    AZ ARIZONA
    AR ARKANSAS
    CA CALIFORNIA
    CO COLORADO
    CT CONNECTICUT
    DE DELAWARE
    FL FLORIDA
    GA GEORGIA
    HI HAWAII
    ID IDAHO
    IL ILLINOIS
    IN INDIANA
    IA IOWA
    KS KANSAS
    KY KENTUCKY
    LA LOUISIANA
    ME MAINE
    MD MARYLAND
    MA MASSACHUSETTS
    MI MICHIGAN
    MN MINNESOTA
    MS MISSISSIPPI
    MO MISSOURI
    MT MONTANA
    NE NEBRASKA
    NV NEVADA
    NH NEWHAMPSHIRE
    NJ NEWJERSEY
    NM NEWMEXICO
    NY NEWYORK
    NC NORTHCAROLINA
    ND NORTHDAKOTA
    OH OHIO
    OK OKLAHOMA
    OR OREGON
    PA PENNSYLVANIA
    RI RHODEISLAND
    SC SOUTHCAROLINA
    SD SOUTHDAKOTA
    TN TENNESSEE
    TX TEXAS
    UT UTAH
    VT VERMONT
    VA VIRGINIA
    WA WASHINGTON
    WV WESTVIRGINIA
    WI WISCONSIN
    WY WYOMING
    DC DISTRICTOFCOLUMBIA WASHINGTONDC
    AS AMERICANSAMOA
    GU GUAM
    MP NORTHERNMARIANAISLANDS
    PR PUERTORICO
    VI VIRGINISLANDS USVIRGINISLANDS
    AA ARMEDFORCESAMERICAS
    AE ARMEDFORCESEUROPE
    AP ARMEDFORCESPACIFIC
    """
)
