"""The body of general pages: the shared body blocks plus the ones only About/Membership pages need."""

from core.blocks import BodyBlock
from members.blocks import AlliesListBlock, JoinCallToActionBlock


class StandardPageBodyBlock(BodyBlock):
    allies = AlliesListBlock()
    join = JoinCallToActionBlock()
