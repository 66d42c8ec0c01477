namespace Posyandu.Health.LifeCycle;

/// <summary>Tables of the ILP life-cycle records; enums are stored by name so the tables read without the code.</summary>
internal sealed class LifeCycleConfiguration :
    IEntityTypeConfiguration<Pregnancy>, IEntityTypeConfiguration<AntenatalCheck>, IEntityTypeConfiguration<Screening>, IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Pregnancy> builder)
    {
        builder.ToTable("pregnancies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(13);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.Ongoing);
        builder.HasIndex(p => new { p.ResidentId, p.Hpht });
        builder.HasIndex(p => new { p.PosyanduId, p.EndedOn });
    }

    public void Configure(EntityTypeBuilder<AntenatalCheck> builder)
    {
        builder.ToTable("antenatal_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegionCode).HasMaxLength(13);
        builder.HasOne<Pregnancy>().WithMany().HasForeignKey(c => c.PregnancyId);
        builder.HasIndex(c => new { c.PregnancyId, c.CheckedOn });
        builder.HasIndex(c => new { c.PosyanduId, c.CheckedOn });
    }

    public void Configure(EntityTypeBuilder<Screening> builder)
    {
        builder.ToTable("screenings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.RegionCode).HasMaxLength(13);
        builder.Property(s => s.Sex).HasConversion<string>().HasMaxLength(6);
        builder.Property(s => s.LifeStage).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.BmiCategory).HasMaxLength(30);
        builder.HasIndex(s => new { s.ResidentId, s.ScreenedOn });
        builder.HasIndex(s => new { s.PosyanduId, s.ScreenedOn });
    }

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RegionCode).HasMaxLength(13);
        builder.Property(r => r.ReasonCode).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.Facility).HasMaxLength(150);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OutcomeNote).HasMaxLength(500);
        builder.HasIndex(r => new { r.PosyanduId, r.Status });
        builder.HasIndex(r => r.ResidentId);
    }
}
