namespace Posyandu.GeneralEducation.Domain;

/// <summary>How a KIE session is delivered (komunikasi, informasi dan edukasi).</summary>
public enum ActivityMethod
{
    /// <summary>Penyuluhan: a talk to a group.</summary>
    Penyuluhan,

    /// <summary>Diskusi kelompok: a facilitated group discussion.</summary>
    Diskusi,

    /// <summary>Demonstrasi/praktik: showing and practising (cooking MP-ASI, hand washing, a drill).</summary>
    Demonstrasi,
}

/// <summary>Who a session is meant for (sasaran).</summary>
public enum TargetGroup
{
    /// <summary>Ibu hamil.</summary>
    Pregnant,

    /// <summary>Orang tua balita.</summary>
    ParentsOfUnderFives,

    /// <summary>Remaja.</summary>
    Adolescents,

    /// <summary>Usia produktif (dewasa).</summary>
    Adults,

    /// <summary>Lansia.</summary>
    Elderly,

    /// <summary>Masyarakat umum.</summary>
    Everyone,
}

public enum PlannedActivityStatus
{
    Planned,
    Cancelled,
}

public enum ActivityStatus
{
    /// <summary>Dated, not yet held (no attendance recorded).</summary>
    Scheduled,

    /// <summary>Held: its attendance is recorded.</summary>
    Held,
}

/// <summary>
/// The age band of the children a BKB group serves (BKKBN's Bina Keluarga Balita groups parents by the child's age, so
/// each meeting's material fits it — the Kartu Kembang Anak stages).
/// </summary>
public enum BkbAgeBand
{
    /// <summary>0–1 tahun.</summary>
    Months0To11,

    /// <summary>1–2 tahun.</summary>
    Months12To23,

    /// <summary>2–3 tahun.</summary>
    Months24To35,

    /// <summary>3–4 tahun.</summary>
    Months36To47,

    /// <summary>4–5 tahun.</summary>
    Months48To59,
}

/// <summary>What a trainee did with a skills course, recorded at a later visit.</summary>
public enum TrainingFollowUp
{
    /// <summary>Memulai usaha.</summary>
    StartedBusiness,

    /// <summary>Kebun gizi/pekarangan dijalankan.</summary>
    HomeGarden,

    /// <summary>Bekerja dengan keterampilan itu.</summary>
    Employed,

    /// <summary>Dipakai untuk keperluan rumah tangga.</summary>
    UsedAtHome,

    /// <summary>Belum diterapkan.</summary>
    NotApplied,
}

public static class BkbAgeBands
{
    /// <summary>The band of a child aged <paramref name="months"/> whole months; null from five years on.</summary>
    public static BkbAgeBand? Of(int months) => months is >= 0 and < 60 ? (BkbAgeBand)(months / 12) : null;
}
