namespace Posyandu.GeneralEducation.Domain;

/// <summary>
/// A Bina Keluarga Balita group (BKKBN) at a Posyandu: parents of under-fives of one age band of the children, who
/// meet for parenting sessions. Its meetings are activities of the module (<see cref="Activity.BkbGroupId"/>) attended
/// by its members only.
/// </summary>
public sealed class BkbGroup : IPosyanduScoped
{
    private readonly List<BkbMember> _members = [];

    private BkbGroup()
    {
    }

    public Guid Id { get; private set; }

    public Guid PosyanduId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public BkbAgeBand AgeBand { get; private set; }

    public DateOnly FormedOn { get; private set; }

    public IReadOnlyList<BkbMember> Members => _members;

    public static BkbGroup Form(Guid posyanduId, string regionCode, string name, BkbAgeBand band, DateOnly formedOn) => new()
    {
        Id = Guid.CreateVersion7(), PosyanduId = posyanduId, RegionCode = regionCode, Name = name, AgeBand = band, FormedOn = formedOn,
    };

    /// <summary>
    /// Adds a parent with the child that brings them: the child must be of the group's age band on <paramref name="joinedOn"/>
    /// (422), and a parent joins once (409).
    /// </summary>
    public BkbMember Admit(Guid parentId, Guid childId, int childAgeMonths, DateOnly joinedOn)
    {
        if (BkbAgeBands.Of(childAgeMonths) != AgeBand)
        {
            throw new BusinessRuleException($"The child is {childAgeMonths} months old on {joinedOn:yyyy-MM-dd}: not of this group's age band ({AgeBand.ToApi()}).");
        }

        if (_members.Any(m => m.ResidentId == parentId))
        {
            throw new ConflictException("The parent is a member of this group already.");
        }

        var member = new BkbMember { GroupId = Id, ResidentId = parentId, ChildResidentId = childId, JoinedOn = joinedOn, PosyanduId = PosyanduId, RegionCode = RegionCode };
        _members.Add(member);
        return member;
    }
}

/// <summary>A parent in a BKB group, with the under-five that brings them.</summary>
public sealed class BkbMember : IPosyanduScoped
{
    public Guid GroupId { get; init; }

    public Guid ResidentId { get; init; }

    public Guid ChildResidentId { get; init; }

    public DateOnly JoinedOn { get; init; }

    public Guid PosyanduId { get; init; }

    public string RegionCode { get; init; } = "";
}

internal sealed class BkbGroupConfiguration : IEntityTypeConfiguration<BkbGroup>, IEntityTypeConfiguration<BkbMember>
{
    public void Configure(EntityTypeBuilder<BkbGroup> builder)
    {
        builder.ToTable("bkb_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.RegionCode).HasMaxLength(13);
        builder.Property(g => g.Name).HasMaxLength(150);
        builder.Property(g => g.AgeBand).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(g => g.PosyanduId);
    }

    public void Configure(EntityTypeBuilder<BkbMember> builder)
    {
        builder.ToTable("bkb_members");
        builder.HasKey(m => new { m.GroupId, m.ResidentId });
        builder.Property(m => m.RegionCode).HasMaxLength(13);
    }
}
