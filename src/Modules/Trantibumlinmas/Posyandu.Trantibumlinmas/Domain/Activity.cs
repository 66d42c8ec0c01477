namespace Posyandu.Trantibumlinmas.Domain;

/// <summary>
/// One activity of the sector at a Posyandu (the sample aggregate). Scoped by the Posyandu's village: a caller outside
/// it neither sees nor writes it (the query filter and save guard of ModuleDbContext).
/// </summary>
public sealed class Activity : IPosyanduScoped
{
    private Activity()
    {
    }

    public Guid Id { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public int Participants { get; private set; }

    public string? Note { get; private set; }

    public static Activity Record(TrantibumlinmasPosyandu posyandu, DateOnly date, int participants, string? note) => new()
    {
        Id = Guid.NewGuid(), PosyanduId = posyandu.PosyanduId, RegionCode = posyandu.RegionCode, Date = date, Participants = participants, Note = note,
    };
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.RegionCode).HasMaxLength(13);
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.HasIndex(a => new { a.PosyanduId, a.Date });
    }
}
