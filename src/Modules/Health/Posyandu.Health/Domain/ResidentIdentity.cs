using Posyandu.Registry.Contracts;

namespace Posyandu.Health.Domain;

/// <summary>
/// Health's own copy of a resident's identifying facts (<see cref="ResidentIdentityRecorded"/>, consumed by Health
/// alone): what e-PPGBM identifies a child by — NIK, KK number, parents, address — to export a month's measurements and
/// to match an imported row to a child. The one replica holding NIKs (README, Personal data): read only by health roles
/// and health kader (the e-PPGBM endpoints), cleared by <see cref="ResidentErased"/>. Rebuilt from the registry's
/// stored events like every replica.
/// </summary>
public sealed class ResidentIdentity : IPosyanduScoped, SharedKernel.Persistence.IReadModel
{
    public Guid ResidentId { get; init; }

    /// <summary>Null for a baby without one, and once erased.</summary>
    public string? Nik { get; set; }

    public string? NomorKk { get; set; }

    public Guid? MotherResidentId { get; set; }

    public Guid? FatherResidentId { get; set; }

    public string? Address { get; set; }

    public string? Rt { get; set; }

    public string? Rw { get; set; }

    public Guid HouseholdId { get; set; }

    public Guid PosyanduId { get; set; }

    public string RegionCode { get; set; } = "";
}

internal sealed class ResidentIdentityConfiguration : IEntityTypeConfiguration<ResidentIdentity>
{
    public void Configure(EntityTypeBuilder<ResidentIdentity> builder)
    {
        builder.ToTable("resident_identities");
        builder.HasKey(r => r.ResidentId);
        builder.Property(r => r.Nik).HasMaxLength(16);
        builder.Property(r => r.NomorKk).HasMaxLength(16);
        builder.Property(r => r.Address).HasMaxLength(300);
        builder.Property(r => r.Rt).HasMaxLength(3);
        builder.Property(r => r.Rw).HasMaxLength(3);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.HasIndex(r => r.Nik);
        builder.HasIndex(r => r.MotherResidentId);
        builder.HasIndex(r => r.PosyanduId);
    }
}

/// <summary>
/// Health's copy of a Posyandu (from the registry's events): the name the e-PPGBM export writes in its Posyandu
/// column. Posyandu registered before Health kept this copy are filled by the events stored since, or show empty.
/// </summary>
public sealed class HealthPosyandu : Posyandu.Registry.Contracts.Replicas.PosyanduReplica;

internal sealed class HealthPosyanduConfiguration : IEntityTypeConfiguration<HealthPosyandu>
{
    public void Configure(EntityTypeBuilder<HealthPosyandu> builder) => Posyandu.Registry.Contracts.Replicas.PosyanduReplica.Configure(builder);
}
