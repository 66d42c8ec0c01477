using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.GeneralEducation.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "generaleducation");

            migrationBuilder.CreateTable(
                name: "activities",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SectorTag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FacilitatorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FacilitatorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Materials = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PlannedActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BkbGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Guests = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bkb_groups",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FormedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bkb_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "generaleducation",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "generaleducation",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "planned_activities",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FacilitatorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planned_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "posyandu",
                schema: "generaleducation",
                columns: table => new
                {
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posyandu", x => x.PosyanduId);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                schema: "generaleducation",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Alive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents", x => x.ResidentId);
                });

            migrationBuilder.CreateTable(
                name: "service_requests",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalationLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnyStepLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trainings",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganiserRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance",
                schema: "generaleducation",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HomePosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeRegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PreTestScore = table.Column<int>(type: "INTEGER", nullable: true),
                    PostTestScore = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance", x => new { x.ActivityId, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_attendance_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalSchema: "generaleducation",
                        principalTable: "activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bkb_members",
                schema: "generaleducation",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bkb_members", x => new { x.GroupId, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_bkb_members_bkb_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "generaleducation",
                        principalTable: "bkb_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_attachments",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_attachments_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "generaleducation",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_history",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_history_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "generaleducation",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trainees",
                schema: "generaleducation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    HomePosyanduId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeRegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trainees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_trainees_trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalSchema: "generaleducation",
                        principalTable: "trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_BkbGroupId",
                schema: "generaleducation",
                table: "activities",
                column: "BkbGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_activities_PosyanduId_Date",
                schema: "generaleducation",
                table: "activities",
                columns: new[] { "PosyanduId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_RegionCode_Date",
                schema: "generaleducation",
                table: "activities",
                columns: new[] { "RegionCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_HomeRegionCode_Date",
                schema: "generaleducation",
                table: "attendance",
                columns: new[] { "HomeRegionCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_RegionCode_Date",
                schema: "generaleducation",
                table: "attendance",
                columns: new[] { "RegionCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_ResidentId_Date",
                schema: "generaleducation",
                table: "attendance",
                columns: new[] { "ResidentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Actor",
                schema: "generaleducation",
                table: "audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                schema: "generaleducation",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                schema: "generaleducation",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_bkb_groups_PosyanduId",
                schema: "generaleducation",
                table: "bkb_groups",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "generaleducation",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_Sequence",
                schema: "generaleducation",
                table: "outbox_messages",
                columns: new[] { "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_planned_activities_PosyanduId_Month",
                schema: "generaleducation",
                table: "planned_activities",
                columns: new[] { "PosyanduId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_planned_activities_RegionCode_Month",
                schema: "generaleducation",
                table: "planned_activities",
                columns: new[] { "RegionCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_RegionCode",
                schema: "generaleducation",
                table: "posyandu",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_residents_PosyanduId_BirthDate",
                schema: "generaleducation",
                table: "residents",
                columns: new[] { "PosyanduId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_service_request_attachments_RequestId",
                schema: "generaleducation",
                table: "service_request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_request_history_RequestId",
                schema: "generaleducation",
                table: "service_request_history",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_PosyanduId",
                schema: "generaleducation",
                table: "service_requests",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_RegionCode",
                schema: "generaleducation",
                table: "service_requests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_Status_DueAt",
                schema: "generaleducation",
                table: "service_requests",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_trainees_RegionCode_CompletedOn",
                schema: "generaleducation",
                table: "trainees",
                columns: new[] { "RegionCode", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_trainees_TrainingId_ResidentId",
                schema: "generaleducation",
                table: "trainees",
                columns: new[] { "TrainingId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trainings_PosyanduId_StartDate",
                schema: "generaleducation",
                table: "trainings",
                columns: new[] { "PosyanduId", "StartDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "bkb_members",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "planned_activities",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "posyandu",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "residents",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "service_request_attachments",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "service_request_history",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "trainees",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "activities",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "bkb_groups",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "service_requests",
                schema: "generaleducation");

            migrationBuilder.DropTable(
                name: "trainings",
                schema: "generaleducation");
        }
    }
}
