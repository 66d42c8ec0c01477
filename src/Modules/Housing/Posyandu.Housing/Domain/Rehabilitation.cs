using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Housing.Domain;

/// <summary>Who pays for a rehabilitation (bedah rumah); codes as <see cref="Contracts.RehabilitationProgrammes"/>.</summary>
public enum RehabilitationProgramme
{
    /// <summary>Bantuan Stimulan Perumahan Swadaya, Kementerian PUPR (APBN).</summary>
    BspsApbn,

    /// <summary>APBD Provinsi Kalimantan Timur.</summary>
    ApbdProvinsi,

    /// <summary>APBD Kabupaten/Kota.</summary>
    ApbdKabupaten,

    /// <summary>Dana Desa.</summary>
    DanaDesa,

    /// <summary>A company's CSR programme.</summary>
    Csr,

    /// <summary>Baznas (zakat).</summary>
    Baznas,

    /// <summary>The household's own means, gotong royong.</summary>
    Swadaya,
}

public enum RehabilitationStatus
{
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>
/// The rehabilitation of an RTLH house, from start to completion or cancellation. At most one in progress per
/// household; once completed the house counts as no longer RTLH from the completion day, until an assessment made
/// after it says otherwise.
/// </summary>
public sealed class Rehabilitation : IPosyanduScoped, IVersioned
{
    /// <summary>Sanity bound on a budget or cost (BSPS gives about Rp 20 million a house; a rebuild costs more, not this much).</summary>
    public const long MaxRupiah = 1_000_000_000;

    public Guid Id { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";

    /// <summary>The RTLH assessment the works answer (the house's assessment on the start day).</summary>
    public Guid AssessmentId { get; init; }

    public RehabilitationProgramme Programme { get; init; }

    public DateOnly StartedOn { get; init; }

    public long PlannedBudgetRupiah { get; init; }

    public string? Note { get; init; }

    public RehabilitationStatus Status { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public long? FinalCostRupiah { get; set; }

    public DateOnly? CancelledOn { get; set; }

    public string? CancellationReason { get; set; }

    public int Version { get; set; }

    /// <summary>Completes the works: from that day the house no longer counts as RTLH.</summary>
    public void Complete(DateOnly on, long finalCostRupiah)
    {
        EnsureCanEnd(on, "completedOn");
        (Status, CompletedOn, FinalCostRupiah) = (RehabilitationStatus.Completed, on, finalCostRupiah);
    }

    /// <summary>Calls the works off; the house stays RTLH and may enter a new rehabilitation.</summary>
    public void Cancel(DateOnly on, string reason)
    {
        EnsureCanEnd(on, "cancelledOn");
        (Status, CancelledOn, CancellationReason) = (RehabilitationStatus.Cancelled, on, reason);
    }

    /// <summary>Only works in progress end (409 otherwise), and not before they started (422).</summary>
    private void EnsureCanEnd(DateOnly on, string field)
    {
        if (Status != RehabilitationStatus.InProgress)
        {
            throw new ConflictException($"The rehabilitation is already {Status.ToApi()}.");
        }

        if (on < StartedOn)
        {
            throw new BusinessRuleException($"{field} {on:yyyy-MM-dd} is before the rehabilitation started ({StartedOn:yyyy-MM-dd}).");
        }
    }
}

internal sealed class RehabilitationConfiguration : IEntityTypeConfiguration<Rehabilitation>
{
    public void Configure(EntityTypeBuilder<Rehabilitation> builder)
    {
        builder.ToTable("rehabilitations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.Property(r => r.Programme).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.CancellationReason).HasMaxLength(500);
        builder.HasIndex(r => new { r.HouseholdId, r.StartedOn });
        builder.HasIndex(r => r.RegionCode);
        // One rehabilitation in progress per household, also against two writers racing past the handler's check
        // (the index refuses the second insert: 409). Double-quoted identifiers work on SQLite and SQL Server.
        builder.HasIndex(r => r.HouseholdId).IsUnique().HasFilter("\"Status\" = 'InProgress'").HasDatabaseName("IX_rehabilitations_one_in_progress");
    }
}
