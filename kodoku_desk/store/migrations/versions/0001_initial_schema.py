"""Initial schema: every table of the mission (indexes for lists come in 0002).

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.Text(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('target_kind', sa.String(length=32), nullable=True),
    sa.Column('target_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('id', name=op.f('uq_audit_log_id'))
    )
    op.create_table('code_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('list_name', sa.String(length=48), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('label_ja', sa.Text(), nullable=False),
    sa.Column('label_en', sa.Text(), nullable=False),
    sa.Column('grp', sa.String(length=48), nullable=True),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_code_items')),
    sa.UniqueConstraint('list_name', 'code', name=op.f('uq_code_items_list_name_code'))
    )
    op.create_table('export_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('exported_at', sa.Text(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period_kind', sa.String(length=16), nullable=True),
    sa.Column('period_start', sa.Text(), nullable=True),
    sa.Column('period_end', sa.Text(), nullable=True),
    sa.Column('tables', sa.Text(), nullable=True),
    sa.Column('rule_set', sa.Text(), nullable=True),
    sa.Column('file_name', sa.Text(), nullable=True),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_log'))
    )
    op.create_table('organizations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=48), nullable=False),
    sa.Column('district_code', sa.String(length=48), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('contact_person', sa.Text(), nullable=True),
    sa.Column('council_member', sa.Boolean(), nullable=False),
    sa.Column('council_name', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations'))
    )
    op.create_table('persons',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_code', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('family_name', sa.Text(), nullable=False),
    sa.Column('given_name', sa.Text(), nullable=False),
    sa.Column('family_kana', sa.Text(), nullable=False),
    sa.Column('given_kana', sa.Text(), nullable=False),
    sa.Column('common_name', sa.Text(), nullable=True),
    sa.Column('former_name', sa.Text(), nullable=True),
    sa.Column('romaji', sa.Text(), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.Text(), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('gender', sa.String(length=16), nullable=True),
    sa.Column('postal_code', sa.String(length=8), nullable=True),
    sa.Column('prefecture', sa.Text(), nullable=True),
    sa.Column('municipality', sa.Text(), nullable=True),
    sa.Column('town', sa.Text(), nullable=True),
    sa.Column('chome', sa.Text(), nullable=True),
    sa.Column('banchi', sa.Text(), nullable=True),
    sa.Column('building', sa.Text(), nullable=True),
    sa.Column('district_code', sa.String(length=48), nullable=True),
    sa.Column('lg_code', sa.String(length=6), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('phone_digits', sa.String(length=20), nullable=True),
    sa.Column('phone2', sa.Text(), nullable=True),
    sa.Column('phone2_digits', sa.String(length=20), nullable=True),
    sa.Column('emergency_name', sa.Text(), nullable=True),
    sa.Column('emergency_relation', sa.Text(), nullable=True),
    sa.Column('emergency_phone', sa.Text(), nullable=True),
    sa.Column('related_agencies', sa.Text(), nullable=True),
    sa.Column('household_type', sa.String(length=32), nullable=True),
    sa.Column('visit_frequency', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('registered_on', sa.String(length=10), nullable=True),
    sa.Column('closed_on', sa.String(length=10), nullable=True),
    sa.Column('closure_reason', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("kind in ('client', 'participant')", name=op.f('ck_persons_kind')),
    sa.CheckConstraint("status in ('active', 'paused', 'closed')", name=op.f('ck_persons_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('person_code', name=op.f('uq_persons_person_code'))
    )

    op.create_table('places',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('district_code', sa.String(length=48), nullable=True),
    sa.Column('schedule', sa.Text(), nullable=True),
    sa.Column('default_venue', sa.Text(), nullable=True),
    sa.Column('default_start', sa.String(length=5), nullable=True),
    sa.Column('default_end', sa.String(length=5), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('allow_remember_device', sa.Boolean(), nullable=False),
    sa.Column('disabled_at', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("role in ('admin', 'staff', 'volunteer')", name=op.f('ck_users_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('assessments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('assessed_on', sa.String(length=10), nullable=False),
    sa.Column('administered_by', sa.String(length=36), nullable=True),
    sa.Column('ucla_q1', sa.Integer(), nullable=True),
    sa.Column('ucla_q2', sa.Integer(), nullable=True),
    sa.Column('ucla_q3', sa.Integer(), nullable=True),
    sa.Column('direct_q', sa.Integer(), nullable=True),
    sa.Column('q4', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('direct_q between 1 and 5', name=op.f('ck_assessments_direct_range')),
    sa.CheckConstraint('ucla_q1 between 1 and 4 and ucla_q2 between 1 and 4 and ucla_q3 between 1 and 4', name=op.f('ck_assessments_ucla_range')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_assessments_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_person_id'), ['person_id'], unique=False)

    op.create_table('consents',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('consented_on', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('scopes', sa.Text(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=True),
    sa.Column('includes_sensitive', sa.Boolean(), nullable=False),
    sa.Column('obtained_by', sa.String(length=36), nullable=True),
    sa.Column('withdrawn_on', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("method in ('written', 'oral')", name=op.f('ck_consents_method')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_consents_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_person_id'), ['person_id'], unique=False)

    op.create_table('person_assignments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('assignment_role', sa.String(length=16), nullable=False),
    sa.Column('start_on', sa.String(length=10), nullable=True),
    sa.Column('end_on', sa.String(length=10), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("assignment_role in ('primary', 'volunteer', 'backup')", name=op.f('ck_person_assignments_assignment_role')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_assignments_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_person_assignments_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_assignments'))
    )
    with op.batch_alter_table('person_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_assignments_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_assignments_user_id'), ['user_id'], unique=False)

    op.create_table('person_categories',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('category_code', sa.String(length=48), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_categories_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'category_code', name=op.f('pk_person_categories'))
    )
    op.create_table('person_links',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('related_person_id', sa.String(length=36), nullable=False),
    sa.Column('relation', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_links_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['related_person_id'], ['persons.id'], name=op.f('fk_person_links_related_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_links')),
    sa.UniqueConstraint('person_id', 'related_person_id', name=op.f('uq_person_links_person_id_related_person_id'))
    )
    with op.batch_alter_table('person_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_links_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_links_related_person_id'), ['related_person_id'], unique=False)

    op.create_table('person_staff',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('care_level', sa.String(length=32), nullable=True),
    sa.Column('medical_history', sa.Text(), nullable=True),
    sa.Column('disability_note', sa.Text(), nullable=True),
    sa.Column('staff_note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_staff_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_person_staff'))
    )
    op.create_table('place_sessions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('place_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.String(length=10), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('venue', sa.Text(), nullable=True),
    sa.Column('activity_form', sa.String(length=32), nullable=False),
    sa.Column('program', sa.Text(), nullable=True),
    sa.Column('meals_served', sa.Integer(), nullable=False),
    sa.Column('fee_yen', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('meals_served >= 0', name=op.f('ck_place_sessions_meals')),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_place_sessions_place_id_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_place_sessions'))
    )

    op.create_table('referrals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('destination_kind', sa.String(length=48), nullable=False),
    sa.Column('referred_on', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('outcome_on', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_referrals_organization_id_organizations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_referrals_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_person_id'), ['person_id'], unique=False)

    op.create_table('visits',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('visit_at', sa.String(length=19), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.Column('safety_check', sa.String(length=16), nullable=False),
    sa.Column('condition', sa.String(length=16), nullable=True),
    sa.Column('condition_note', sa.Text(), nullable=True),
    sa.Column('response_level', sa.Integer(), nullable=False),
    sa.Column('follow_up_requested', sa.Boolean(), nullable=False),
    sa.Column('next_due', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('response_level between 0 and 3', name=op.f('ck_visits_response_level')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_visits_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )

    op.create_table('attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('checked_in_at', sa.String(length=19), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("role in ('participant', 'volunteer', 'staff')", name=op.f('ck_attendance_role')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_attendance_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['place_sessions.id'], name=op.f('fk_attendance_session_id_place_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'person_id', name=op.f('uq_attendance_session_id_person_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('opened_on', sa.String(length=10), nullable=False),
    sa.Column('due_on', sa.String(length=10), nullable=True),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('assignee_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('closed_on', sa.String(length=10), nullable=True),
    sa.Column('closed_by', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=32), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("status in ('open', 'closed')", name=op.f('ck_follow_ups_status')),
    sa.CheckConstraint("urgency in ('high', 'normal', 'low')", name=op.f('ck_follow_ups_urgency')),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_follow_ups_assignee_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_follow_ups_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_follow_ups_visit_id_visits'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_visit_id'), ['visit_id'], unique=False)

    op.create_table('provision_records',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('organization_id', sa.String(length=36), nullable=True),
    sa.Column('recipient_name', sa.Text(), nullable=False),
    sa.Column('provided_at', sa.Text(), nullable=False),
    sa.Column('provided_by', sa.String(length=36), nullable=True),
    sa.Column('legal_basis', sa.String(length=16), nullable=False),
    sa.Column('consent_id', sa.String(length=36), nullable=True),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("legal_basis in ('consent', 'law', 'life')", name=op.f('ck_provision_records_legal_basis')),
    sa.ForeignKeyConstraint(['consent_id'], ['consents.id'], name=op.f('fk_provision_records_consent_id_consents'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_provision_records_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_provision_records_person_id_persons'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provision_records'))
    )
    with op.batch_alter_table('provision_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provision_records_consent_id'), ['consent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_provision_records_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_provision_records_person_id'), ['person_id'], unique=False)

    op.create_table('visit_actions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('contact_type', sa.String(length=32), nullable=False),
    sa.Column('acted_at', sa.String(length=19), nullable=False),
    sa.Column('content', sa.Text(), nullable=True),
    sa.Column('result', sa.String(length=32), nullable=True),
    sa.Column('result_note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_actions_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_actions'))
    )
    with op.batch_alter_table('visit_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_actions_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_signs',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('sign_code', sa.String(length=48), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_signs_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'sign_code', name=op.f('pk_visit_signs'))
    )
    op.create_table('visit_visitors',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('visitor_name', sa.Text(), nullable=True),
    sa.Column('visitor_kind', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("visitor_kind in ('staff', 'volunteer', 'minsei', 'other')", name=op.f('ck_visit_visitors_visitor_kind')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_visit_visitors_user_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_visitors_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_visitors'))
    )
    with op.batch_alter_table('visit_visitors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_visitors_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visitors_visit_id'), ['visit_id'], unique=False)

    op.create_table('walkins',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('count >= 0', name=op.f('ck_walkins_count')),
    sa.ForeignKeyConstraint(['session_id'], ['place_sessions.id'], name=op.f('fk_walkins_session_id_place_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'category', name=op.f('pk_walkins'))
    )


def downgrade() -> None:
    raise NotImplementedError("downgrades are not supported; restore a backup instead")
